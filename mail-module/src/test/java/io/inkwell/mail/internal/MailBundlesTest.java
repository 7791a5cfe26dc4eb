package io.inkwell.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.HoldReason;
import io.inkwell.settings.SiteLanguage;
import io.inkwell.users.Role;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every mail speaks every language of the site completely: each {@link SiteLanguage} has a mail bundle with the
 * same keys as the English one ({@code mail/messages.properties}), no word is empty, every key a mail template
 * uses is there, and each translation keeps the arguments and markup of the English.
 */
class MailBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/mail");

    /** {@code #{key}}, {@code #{key(args)}} and {@code #messages.msg('key')}; a key made by an expression is not matched. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)|#messages\\.msg\\('([A-Za-z0-9_.]+)'\\)");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern TAG = Pattern.compile("</?[a-z]+(?:\\s[^<>]*)?>");

    @Test
    void everyLanguageOfTheSiteHasAMailBundleWithEveryKeyOfTheEnglishOneAndNoOther() {
        Set<String> english = bundle(SiteLanguage.ENGLISH).keySet();
        for (SiteLanguage language : SiteLanguage.values()) {
            Set<String> keys = bundle(language).keySet();
            assertThat(difference(english, keys)).as("keys %s lacks", file(language)).isEmpty();
            assertThat(difference(keys, english)).as("keys only %s has", file(language)).isEmpty();
        }
    }

    @Test
    void noWordIsEmptyAndEachTranslationKeepsTheArgumentsAndMarkupOfTheEnglish() {
        Map<String, String> english = bundle(SiteLanguage.ENGLISH);
        for (SiteLanguage language : SiteLanguage.values()) {
            Map<String, String> translated = bundle(language);
            assertThat(translated.entrySet().stream().filter(entry -> entry.getValue().isBlank()).map(Map.Entry::getKey))
                    .as("empty in %s", file(language)).isEmpty();
            List<String> different = english.keySet().stream().filter(translated::containsKey)
                    .filter(key -> !all(ARGUMENT, english.get(key)).equals(all(ARGUMENT, translated.get(key)))
                            || !all(TAG, english.get(key)).equals(all(TAG, translated.get(key))))
                    .toList();
            assertThat(different).as("arguments or markup differ from the English in %s", file(language)).isEmpty();
        }
    }

    /** With arguments a word is a {@link MessageFormat} pattern, where an apostrophe is written twice; without, once. */
    @Test
    void apostrophesAreWrittenAsEachKindOfWordShowsThem() {
        for (SiteLanguage language : SiteLanguage.values()) {
            List<String> wrong = new ArrayList<>();
            bundle(language).forEach((key, value) -> {
                boolean pattern = ARGUMENT.matcher(value).find();
                if (pattern ? value.replace("''", "").contains("'") : value.contains("''")) {
                    wrong.add(key);
                }
                if (pattern) {
                    new MessageFormat(value, language.locale());
                }
            });
            assertThat(wrong).as("apostrophes in %s", file(language)).isEmpty();
        }
    }

    @Test
    void everyKeyAMailTemplateUsesIsInTheBundles() throws IOException {
        Set<String> keys = bundle(SiteLanguage.ENGLISH).keySet();
        Map<String, Set<String>> missing = new TreeMap<>();
        List<Path> templates;
        try (Stream<Path> files = Files.list(RESOURCES.resolve("templates"))) {
            templates = files.sorted().toList();
        }
        assertThat(templates).hasSizeGreaterThan(10);
        for (Path template : templates) {
            Matcher used = TEMPLATE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (used.find()) {
                String key = used.group(1) != null ? used.group(1) : used.group(2);
                if (!keys.contains(key)) {
                    missing.computeIfAbsent(key, k -> new TreeSet<>()).add(template.getFileName().toString());
                }
            }
        }
        assertThat(missing).as("keys mail templates use that mail/messages.properties lacks").isEmpty();
    }

    /** The invitation names the role with {@code 'invitation.role.' + role}: every role needs its words. */
    @Test
    void everyRoleAnInvitationCanNameHasItsWords() {
        Set<String> keys = bundle(SiteLanguage.ENGLISH).keySet();
        assertThat(Stream.of(Role.values()).map(role -> "invitation.role." + role.name())).allMatch(keys::contains);
    }

    /** The held comments' digest names each rule with {@code 'heldComments.reason.' + reason}: every rule needs its words. */
    @Test
    void everyRuleADigestCanNameHasItsWords() {
        Set<String> keys = bundle(SiteLanguage.ENGLISH).keySet();
        assertThat(Stream.of(HoldReason.values()).map(reason -> "heldComments.reason." + reason.name())).allMatch(keys::contains);
    }

    private static String file(SiteLanguage language) {
        return language == SiteLanguage.ENGLISH ? "messages.properties" : "messages_" + language.code() + ".properties";
    }

    /** The bundle as the mails read it: UTF-8. */
    private static Map<String, String> bundle(SiteLanguage language) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file(language)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("mail/" + file(language) + " is missing", e);
        }
        Map<String, String> words = new TreeMap<>();
        properties.forEach((key, value) -> words.put((String) key, (String) value));
        return words;
    }

    private static Set<String> difference(Set<String> all, Set<String> without) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(without);
        return rest;
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
