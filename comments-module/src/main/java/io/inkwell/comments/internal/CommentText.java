package io.inkwell.comments.internal;

import io.inkwell.db.Refusal;
import static io.inkwell.comments.CommentLimits.TEXT_MAX;

import io.inkwell.comments.CommentRejectedException.Reason;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.db.StorableText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comments are plain text. Every piece of the text is HTML-escaped before anything else is added;
 * the only markup we write ourselves is {@code <br>} for line breaks and anchors for http(s) links.
 */
final class CommentText {

    // Quotes and angle brackets end a link, so an escaped attribute can never be broken out of.
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    // Punctuation closing a sentence is usually not part of the address.
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?)\\]]+$");

    private CommentText() {
    }

    /** The text as stored: storable ({@link StorableText}: line breaks normalised), trimmed, within 1 to {@link io.inkwell.comments.CommentLimits#TEXT_MAX} characters. */
    static String clean(String content) {
        String trimmed = content == null ? "" : StorableText.clean(content).strip();
        if (trimmed.isEmpty()) {
            throw new CommentRejectedException(Reason.INVALID_CONTENT,
                    Refusal.of("refused.comment.empty", "Write something first: the comment is empty."));
        }
        if (trimmed.codePointCount(0, trimmed.length()) > TEXT_MAX) {
            throw new CommentRejectedException(Reason.INVALID_CONTENT,
                    Refusal.of("refused.comment.tooLong", "A comment can be at most {0} characters long.", TEXT_MAX));
        }
        return trimmed;
    }

    static String toHtml(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        Matcher links = LINK.matcher(text);
        int done = 0;
        while (links.find()) {
            String url = links.group();
            Matcher trailing = TRAILING_PUNCTUATION.matcher(url);
            int end = links.end();
            if (trailing.find()) {
                url = url.substring(0, trailing.start());
                end = links.start() + url.length();
            }
            if (url.indexOf("://") + 3 >= url.length()) {
                continue;
            }
            appendText(html, text.substring(done, links.start()));
            String escaped = escape(url);
            html.append("<a href=\"").append(escaped).append("\" rel=\"nofollow ugc\">").append(escaped).append("</a>");
            done = end;
        }
        appendText(html, text.substring(done));
        return html.toString();
    }

    private static void appendText(StringBuilder html, String text) {
        html.append(escape(text).replace("\n", "<br>\n"));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
