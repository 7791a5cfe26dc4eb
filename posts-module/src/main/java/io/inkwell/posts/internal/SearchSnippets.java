package io.inkwell.posts.internal;

/**
 * ts_headline marks hits with control characters (see the mapper); the text is escaped first, and only
 * then do the markers become {@code <mark>}, so no markup from a post can reach the page.
 */
final class SearchSnippets {

    static final char START = '\u0001';
    static final char STOP = '\u0002';

    private SearchSnippets() {
    }

    static String toHtml(String headline) {
        if (headline == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(headline.length() + 32);
        for (char c : headline.toCharArray()) {
            switch (c) {
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(Character.isISOControl(c) && c != '\n' ? ' ' : c);
            }
        }
        return html.toString();
    }
}
