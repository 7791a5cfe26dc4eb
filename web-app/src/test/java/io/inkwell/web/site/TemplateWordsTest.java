package io.inkwell.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * No template says a word of its own: every visible word (text, and the alt, title, placeholder, aria-label and
 * label attributes) comes from the bundles through {@code th:text}, {@code th:utext}, {@code th:alt}, … or a
 * fragment. Text an element's {@code th:text}, {@code th:utext}, {@code th:errors}, {@code th:replace} or {@code th:insert} replaces is
 * the template's prototype and is not shown. Besides, no expression of a template writes words in quotes
 * ({@code label='Title'}, {@code 'Edit ' + ${name}}, a date pattern): they come from the bundles too.
 */
class TemplateWordsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    /** The container's copy of the error page fills {{placeholders}} from the bundles itself (ContainerErrorPage). */
    private static final Path CONTAINER_PAGE = RESOURCES.resolve("io/inkwell/web/errors/container-error.html");

    /** Attributes whose value people read (or hear): with words, they need their th: twin. */
    private static final Set<String> WORD_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label", "label");
    /** Attributes whose content the engine puts there, so that what the template writes inside is never shown. */
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");
    /** Attributes whose expressions hold data, not words: classes, ids, addresses, field names. */
    private static final Set<String> DATA_ATTRIBUTES = Set.of("th:class", "th:classappend", "th:id", "th:href", "th:src",
            "th:action", "th:field", "th:each", "th:fragment", "th:for", "th:name", "th:value", "th:datetime");
    /** What may stand between words: punctuation, typography, digits, white space. Anything else is a word. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[\\s\\p{Punct}\\p{Digit}·→←©…×—–“”„‘’]+");
    private static final Pattern QUOTED = Pattern.compile("'((?:\\\\'|[^'])*)'");
    private static final Pattern SUBSTITUTION = Pattern.compile("\\|([^|]*)\\|");
    private static final Pattern EXPRESSION = Pattern.compile("[$#*@~]\\{[^}]*}");
    /** A capitalised word, or two words with a space: 'Title', 'Save draft', 'd MMM yyyy'. */
    private static final Pattern WORDS = Pattern.compile("(?<!\\p{L})\\p{Lu}\\p{Ll}|\\p{L}{2,}\\s+\\p{L}{2,}");

    @Test
    void noTemplateShowsWordsOfItsOwn() throws IOException {
        Map<String, Set<String>> words = new TreeMap<>();
        for (Path template : templates()) {
            Document page = Jsoup.parse(withoutPlaceholders(template), "");
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode text && !isReplaced(node) && isWord(text.getWholeText())) {
                    words.computeIfAbsent(name(template), t -> new TreeSet<>()).add(text.getWholeText().strip());
                }
                if (node instanceof Element element && !isReplaced(element)) {
                    for (Attribute attribute : element.attributes()) {
                        if (WORD_ATTRIBUTES.contains(attribute.getKey()) && !element.hasAttr("th:" + attribute.getKey())
                                && isWord(attribute.getValue())) {
                            words.computeIfAbsent(name(template), t -> new TreeSet<>())
                                    .add(attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                        }
                    }
                }
            }, page);
        }
        assertThat(words).as("words written in templates instead of #{key}").isEmpty();
    }

    @Test
    void noExpressionWritesWordsInQuotes() throws IOException {
        Map<String, Set<String>> words = new TreeMap<>();
        for (Path template : templates()) {
            Document page = Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8), "");
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    if (attribute.getKey().startsWith("th:") && !DATA_ATTRIBUTES.contains(attribute.getKey())) {
                        for (String literal : wordsIn(attribute.getValue())) {
                            words.computeIfAbsent(name(template), t -> new TreeSet<>()).add(attribute.getKey() + ": " + literal);
                        }
                    }
                }
            }
        }
        assertThat(words).as("words in expressions instead of #{key}").isEmpty();
    }

    @Test
    void theChecksFindWordsWhereTheyAre() {
        Document page = Jsoup.parse("<p>Hello</p><p th:text=\"#{x}\">Hello</p><p> · 3 → </p><img alt=\"A cat\">"
                + "<img th:alt=\"#{y}\" alt=\"A cat\">", "");
        List<TextNode> shown = page.select("p").stream().flatMap(p -> p.textNodes().stream())
                .filter(text -> !isReplaced(text) && isWord(text.getWholeText())).toList();

        assertThat(shown).extracting(TextNode::text).containsExactly("Hello");
        assertThat(wordsIn("label='Title', name='featuredImageUrl', anyText=#{common.any}")).containsExactly("Title");
        assertThat(wordsIn("${post == null} ? 'New post' : 'Edit post'")).containsExactly("New post", "Edit post");
        assertThat(wordsIn("${#temporals.format(x, 'd MMM yyyy', #site.timeZone)}")).containsExactly("d MMM yyyy");
        assertThat(wordsIn("|Page ${page.number} of ${page.totalPages}|")).containsExactly("Page  of ");
        assertThat(wordsIn("|#{posts.mine.title} · ${#site.title}|")).isEmpty();
        assertThat(wordsIn("${'comment-' + c.id}, ${status.name() == 'DRAFT'}, 'first'")).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            List<Path> templates = Stream.concat(files.filter(file -> file.toString().endsWith(".html")), Stream.of(CONTAINER_PAGE))
                    .sorted().toList();
            assertThat(templates).hasSizeGreaterThan(50);
            return templates;
        }
    }

    private static String withoutPlaceholders(Path template) throws IOException {
        return Files.readString(template, StandardCharsets.UTF_8).replaceAll("\\{\\{\\w+}}", "");
    }

    private static String name(Path template) {
        return RESOURCES.relativize(template).toString();
    }

    /**
     * The node is inside (or is) an element whose content the engine replaces. A page's {@code <html th:replace>}
     * puts the page into the layout: its title and main are shown.
     */
    private static boolean isReplaced(Node node) {
        for (Node each = node; each != null; each = each.parent()) {
            if (each instanceof Element element && !element.normalName().equals("html")
                    && REPLACING.stream().anyMatch(element::hasAttr)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(String text) {
        return !NOT_A_WORD.matcher(text).replaceAll("").isEmpty();
    }

    /** Quoted literals and the text of |…| substitutions outside their expressions that read as words. */
    private static List<String> wordsIn(String expression) {
        List<String> found = new ArrayList<>();
        Matcher substitution = SUBSTITUTION.matcher(expression);
        while (substitution.find()) {
            String text = EXPRESSION.matcher(substitution.group(1)).replaceAll("");
            if (WORDS.matcher(text).find()) {
                found.add(text);
            }
        }
        Matcher quoted = QUOTED.matcher(SUBSTITUTION.matcher(expression).replaceAll(""));
        while (quoted.find()) {
            String literal = quoted.group(1);
            if (WORDS.matcher(literal).find() && !literal.matches("[A-Z_]+")) {
                found.add(literal);
            }
        }
        return found;
    }
}
