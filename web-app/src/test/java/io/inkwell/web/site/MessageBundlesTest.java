package io.inkwell.web.site;

import io.inkwell.db.Refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.mail.MailStatus;
import io.inkwell.mail.NotificationKind;
import io.inkwell.integrations.DeliveryStatus;
import io.inkwell.integrations.WebhookEvent;
import io.inkwell.comments.CommentStatus;
import io.inkwell.comments.HoldReason;
import io.inkwell.comments.ModerationAction;
import io.inkwell.comments.QueueTab;
import io.inkwell.exchange.ImportItemKind;
import io.inkwell.exchange.ImportStatus;
import io.inkwell.posts.PageStatus;
import io.inkwell.posts.PostStatus;
import io.inkwell.settings.CommentApproval;
import io.inkwell.settings.DefaultMenuItem;
import io.inkwell.settings.SiteLanguage;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The site speaks every language of {@link SiteLanguage} completely: each has a bundle with the same keys as the
 * English one ({@code messages.properties}; {@code messages_<code>.properties} for the others), no word is empty,
 * every key a template or the Java code of any module uses is there, and each translation keeps the arguments
 * and markup of the English. A failure names what is missing, so adding a language is: its {@code SiteLanguage},
 * its bundle, and this test's list to work through.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    /** Every module of the build: the directories beside this one with Java sources. */
    private static final Path BUILD = Path.of("..");

    /** Constants shown with {@link SiteMessages#label}: each needs its {@code enum.<Type>.<CONSTANT>} word. */
    private static final List<Class<? extends Enum<?>>> CONSTANTS_WITH_WORDS = List.of(PostStatus.class, PageStatus.class,
            Role.class, UserStatus.class, SiteLanguage.class, MailStatus.class, NotificationKind.class, WebhookEvent.class, DeliveryStatus.class,
            CommentStatus.class, HoldReason.class, QueueTab.class, ModerationAction.class, CommentApproval.class,
            ImportStatus.class, ImportItemKind.class);

    /** {@code #{key}} and {@code #{key(args)}} in templates; a key made by an expression ({@code #{${…}}}) is not matched. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)");
    /** A string literal shaped like a key: segments of letters and digits joined by dots. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /** A Bean Validation message naming a key: {@code message = "{validation.atMost}"}. */
    private static final Pattern ANNOTATION_KEY = Pattern.compile("\"\\{([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)}\"");
    /** {@code Refusal.of("refused.…", "English " + "pattern", …)}: the code and the literals of its English. */
    private static final Pattern REFUSAL = Pattern.compile(
            "Refusal\\.of\\(\\s*\"(refused\\.[A-Za-z0-9.]+)\"\\s*,\\s*((?:\"(?:\\\\.|[^\"\\\\])*\"\\s*\\+?\\s*)+)");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+|max|min)[,}]");
    private static final Pattern TAG = Pattern.compile("</?[a-z]+(?:\\s[^<>]*)?>");

    @Test
    void everyLanguageHasABundleWithEveryKeyOfTheEnglishOneAndNoOther() {
        Set<String> english = bundle(SiteLanguage.ENGLISH).keySet();
        for (SiteLanguage language : SiteLanguage.values()) {
            Set<String> keys = bundle(language).keySet();
            assertThat(difference(english, keys)).as("keys %s lacks (add them to %s)", language, file(language)).isEmpty();
            assertThat(difference(keys, english)).as("keys only %s has (add them to messages.properties, or remove them)",
                    file(language)).isEmpty();
        }
    }

    @Test
    void everyBundleIsALanguageOfTheSite() throws IOException {
        Set<String> languages = Stream.of(SiteLanguage.values()).map(MessageBundlesTest::file).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(RESOURCES)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.matches("messages.*\\.properties")))
                    .as("a bundle needs its SiteLanguage").allMatch(languages::contains);
        }
    }

    @Test
    void noWordIsEmpty() {
        for (SiteLanguage language : SiteLanguage.values()) {
            assertThat(bundle(language).entrySet().stream().filter(entry -> entry.getValue().isBlank()).map(Map.Entry::getKey))
                    .as("empty in %s", file(language)).isEmpty();
        }
    }

    @Test
    void everyTranslationKeepsTheArgumentsAndMarkupOfTheEnglish() {
        Map<String, String> english = bundle(SiteLanguage.ENGLISH);
        for (SiteLanguage language : SiteLanguage.values()) {
            Map<String, String> translated = bundle(language);
            List<String> different = english.keySet().stream().filter(translated::containsKey)
                    .filter(key -> !all(ARGUMENT, english.get(key)).equals(all(ARGUMENT, translated.get(key)))
                            || !all(TAG, english.get(key)).equals(all(TAG, translated.get(key))))
                    .toList();
            assertThat(different).as("arguments or markup differ from the English in %s", file(language)).isEmpty();
        }
    }

    /**
     * A word with arguments is a {@link MessageFormat} pattern, where an apostrophe quotes: it is written twice. A
     * word without is shown as written, so there two apostrophes would show as two.
     */
    @Test
    void apostrophesAreWrittenAsEachKindOfWordShowsThem() {
        for (SiteLanguage language : SiteLanguage.values()) {
            List<String> wrong = new ArrayList<>();
            bundle(language).forEach((key, value) -> {
                boolean pattern = Pattern.compile("\\{\\d").matcher(value).find();
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
    void everyKeyATemplateUsesIsInTheBundles() throws IOException {
        Set<String> keys = bundle(SiteLanguage.ENGLISH).keySet();
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Path template : files(RESOURCES.resolve("templates"), ".html")) {
            Matcher used = TEMPLATE_KEY.matcher(Files.readString(template));
            while (used.find()) {
                if (!keys.contains(used.group(1))) {
                    missing.computeIfAbsent(used.group(1), key -> new TreeSet<>()).add(template.toString());
                }
            }
        }
        assertThat(missing).as("keys templates use that messages.properties lacks").isEmpty();
    }

    /**
     * Keys in Java are string literals: a literal shaped like a key, starting as the bundles' keys start, is one (or,
     * in code that adds its last part, the start of some). Bean Validation messages name theirs in braces.
     */
    @Test
    void everyKeyTheJavaCodeUsesIsInTheBundles() throws IOException {
        Set<String> keys = bundle(SiteLanguage.ENGLISH).keySet();
        Set<String> firstParts = keys.stream().map(key -> key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')))
                .collect(Collectors.toSet());
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Path source : javaSources()) {
            String code = Files.readString(source);
            for (Pattern shape : List.of(JAVA_KEY, ANNOTATION_KEY)) {
                Matcher used = shape.matcher(code);
                while (used.find()) {
                    String key = used.group(1);
                    boolean looksLikeAKey = firstParts.contains(key.substring(0, key.indexOf('.')));
                    if (looksLikeAKey && !keys.contains(key) && keys.stream().noneMatch(each -> each.startsWith(key + "."))) {
                        missing.computeIfAbsent(key, k -> new TreeSet<>()).add(source.toString());
                    }
                }
            }
        }
        assertThat(missing).as("keys the Java code uses that messages.properties lacks").isEmpty();
    }

    @Test
    void everyConstantShownAsAWordHasOne() {
        Set<String> keys = bundle(SiteLanguage.ENGLISH).keySet();
        List<String> missing = CONSTANTS_WITH_WORDS.stream().flatMap(type -> Stream.of(type.getEnumConstants()))
                .map(SiteMessages::labelKey).filter(key -> !keys.contains(key)).toList();
        assertThat(missing).isEmpty();
        assertThat(Stream.of(DefaultMenuItem.values()).map(DefaultMenuItem::code)).allMatch(keys::contains);
    }

    /** The English bundle says what the service says: the refusal's code has the service's own English pattern. */
    @Test
    void everyRefusalOfAServiceIsInTheBundlesWithTheServicesEnglish() throws IOException {
        Map<String, String> english = bundle(SiteLanguage.ENGLISH);
        Map<String, String> differing = new TreeMap<>();
        Set<String> used = new TreeSet<>();
        for (Path source : javaSources()) {
            String code = Files.readString(source);
            Matcher refusal = REFUSAL.matcher(code);
            while (refusal.find()) {
                String key = refusal.group(1);
                used.add(key);
                String pattern = joinedLiterals(refusal.group(2));
                if (!pattern.equals(english.get(key))) {
                    differing.put(key, pattern + "  <>  " + english.get(key));
                }
            }
            Matcher annotation = ANNOTATION_KEY.matcher(code);
            while (annotation.find()) {
                used.add(annotation.group(1));
            }
        }
        assertThat(used).as("refusals found in the code").hasSizeGreaterThan(50);
        assertThat(differing).as("the service's English <> messages.properties").isEmpty();
        assertThat(english.keySet().stream().filter(key -> key.startsWith("refused.")).filter(key -> !used.contains(key)))
                .as("refusals no service makes any more").isEmpty();
    }

    @Test
    void theEnglishBundleIsWhatAKeyMissingElsewhereFallsBackTo() {
        assertThat(SiteLanguage.ENGLISH.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(file(SiteLanguage.ENGLISH)).isEqualTo("messages.properties");
    }

    private static String file(SiteLanguage language) {
        return language == SiteLanguage.ENGLISH ? "messages.properties" : "messages_" + language.code() + ".properties";
    }

    /** The bundle as the site reads it: UTF-8. */
    private static Map<String, String> bundle(SiteLanguage language) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file(language)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(file(language) + " is missing", e);
        }
        Map<String, String> words = new TreeMap<>();
        properties.forEach((key, value) -> words.put((String) key, (String) value));
        return words;
    }

    private static List<Path> javaSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(BUILD)) {
            for (Path module : modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                sources.addAll(files(module, ".java"));
            }
        }
        assertThat(sources).as("the build's Java sources").hasSizeGreaterThan(100);
        return sources;
    }

    private static List<Path> files(Path root, String ending) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(ending)).sorted().toList();
        }
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

    /** {@code "a " + "b"} as the text it makes, Java's escapes undone. */
    private static String joinedLiterals(String literals) {
        StringBuilder text = new StringBuilder();
        Matcher literal = JAVA_LITERAL.matcher(literals);
        while (literal.find()) {
            text.append(literal.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return text.toString();
    }
}
