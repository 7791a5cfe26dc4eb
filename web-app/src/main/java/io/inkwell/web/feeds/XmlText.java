package io.inkwell.web.feeds;

/**
 * Text as XML 1.0 can carry it. The {@code Char} production allows tab, line feed, carriage return and
 * U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF: any other character (U+0001, U+FFFF, a lone surrogate)
 * makes the whole document ill-formed for every reader, even escaped, so it is dropped.
 */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!allowed(c)) {
                return dropForbidden(text, i);
            }
            i += Character.charCount(c);
        }
        return text;
    }

    private static String dropForbidden(String text, int from) {
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, from);
        text.codePoints().skip(text.codePointCount(0, from)).filter(XmlText::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
