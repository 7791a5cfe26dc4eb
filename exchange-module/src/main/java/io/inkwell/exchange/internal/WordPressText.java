package io.inkwell.exchange.internal;

import com.anyascii.AnyAscii;
import io.inkwell.db.StorableText;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** How WordPress writes its texts, dates and addresses, read into what this site stores. */
final class WordPressText {

    private static final DateTimeFormatter MYSQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** The blocks WordPress's own wpautop leaves alone. */
    private static final Pattern STARTS_WITH_BLOCK = Pattern.compile(
            "(?is)^\\s*<(?:!--|/?(?:address|article|aside|blockquote|dd|details|div|dl|dt|fieldset|figcaption|figure|footer"
                    + "|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul|style|script)\\b)");
    private static final Pattern ALREADY_PARAGRAPHS = Pattern.compile("(?i)<p[\\s>]|<!--\\s*wp:");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    private WordPressText() {
    }

    /** A title or name: tags dropped, HTML entities read ("Caf&eacute;" is "Café"), whitespace made single spaces. */
    static String plain(String html) {
        if (html == null) {
            return "";
        }
        return StorableText.clean(Jsoup.parse(html).text()).strip();
    }

    /**
     * A post's text as WordPress shows it. Classic-editor posts are stored without paragraphs: WordPress makes a blank
     * line a paragraph and a line break a {@code <br>} when it shows them (wpautop). Text that already has paragraphs
     * or blocks (the block editor's) is left as it is.
     */
    static String paragraphs(String content) {
        if (content == null || content.isBlank()) {
            return "";
        }
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        if (ALREADY_PARAGRAPHS.matcher(text).find()) {
            return text;
        }
        StringBuilder html = new StringBuilder(text.length() + 64);
        for (String chunk : BLANK_LINES.split(text.strip())) {
            String trimmed = chunk.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (STARTS_WITH_BLOCK.matcher(trimmed).find()) {
                html.append(trimmed).append('\n');
            } else {
                html.append("<p>").append(trimmed.replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return html.toString();
    }

    /**
     * A comment as plain text, which is what comments are here: paragraphs and line breaks kept as line breaks, and a
     * link's address written after its words when they differ ("the docs (https://…)").
     */
    static String commentText(String html) {
        if (html == null) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(paragraphs(html)).body();
        StringBuilder text = new StringBuilder();
        appendText(body, text);
        return text.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode words) {
                text.append(words.getWholeText().replace('\n', ' '));
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    text.append('\n');
                    continue;
                }
                appendText(element, text);
                if (tag.equals("a")) {
                    String href = element.attr("href");
                    if (href.matches("(?i)https?://\\S+") && !href.equals(element.text().strip())) {
                        text.append(" (").append(href).append(')');
                    }
                }
                if (element.isBlock()) {
                    text.append("\n\n");
                }
            }
        }
    }

    /** An excerpt is plain text of at most {@code max} characters, cut at a word when longer. */
    static String excerpt(String html, int max) {
        String text = plain(html);
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }

    /**
     * A slug as WordPress stores it, percent-encoded UTF-8 ("%d0%bf%d1%80…"), decoded and written in ASCII letters
     * ("привет-мир" is "privet-mir", "café" is "cafe"): this site's slugs are ASCII.
     */
    static String slug(String postName) {
        if (postName == null || postName.isBlank()) {
            return "";
        }
        return AnyAscii.transliterate(percentDecoded(postName.strip())).toLowerCase(Locale.ROOT);
    }

    /** Percent-decoding that leaves a malformed escape as it is rather than failing. */
    static String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        byte[] bytes = new byte[text.length() * 3];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes[length++] = (byte) Integer.parseInt(text.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    bytes[length++] = b;
                }
            }
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /**
     * When something happened: the GMT date WordPress keeps, else its local date read as UTC (WordPress writes
     * "0000-00-00 00:00:00" as the GMT date of drafts, and the export does not say the site's time zone).
     */
    static Optional<Instant> instant(String gmt, String local) {
        return parse(gmt).or(() -> parse(local));
    }

    private static Optional<Instant> parse(String date) {
        if (date == null || date.isBlank() || date.startsWith("0000")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(date.strip(), MYSQL).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The site an export came from: its address in lower case without a trailing slash, e.g. "https://blog.example.com". */
    static String siteKey(String url) {
        if (url == null || url.isBlank()) {
            return "unknown";
        }
        String key = url.strip().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        return key.length() > 500 ? key.substring(0, 500) : key;
    }

    /** The path (and, for WordPress's "?p=" links, the query) of an item's link, as {@link OldAddressKeys} keeps it. */
    static Optional<String> linkPath(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(link.strip().replace(" ", "%20"));
            return OldAddressKeys.keyOf(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(),
                    uri.getRawQuery());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
