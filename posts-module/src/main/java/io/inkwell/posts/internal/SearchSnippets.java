package io.inkwell.posts.internal;

/**
 * ts_headline marks hits with control characters (see the mapper); the text is escaped first, and only
 * then do the markers become {@code <mark>}, so no markup from a post can reach the page. The mapper takes
 * those characters out of the post before ts_headline runs, and here a stray marker still cannot open a
 * second {@code <mark>} or close one that is not open: every snippet is balanced. A snippet shows at most
 * {@link #MAX_LENGTH} characters of text (ts_headline counts words, and one word can be very long).
 */
final class SearchSnippets {

    static final char START = '\u0001';
    static final char STOP = '\u0002';
    static final int MAX_LENGTH = 600;

    private SearchSnippets() {
    }

    static String toHtml(String headline) {
        if (headline == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(Math.min(headline.length(), MAX_LENGTH) + 32);
        boolean marking = false;
        int shown = 0;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START || c == STOP) {
                if (marking != (c == START)) {
                    html.append(marking ? "</mark>" : "<mark>");
                    marking = !marking;
                }
                continue;
            }
            if (shown >= MAX_LENGTH && !Character.isLowSurrogate(c)) {
                html.append('…');
                break;
            }
            shown++;
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(Character.isISOControl(c) && c != '\n' ? ' ' : c);
            }
        }
        if (marking) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
