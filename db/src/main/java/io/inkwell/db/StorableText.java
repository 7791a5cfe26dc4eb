package io.inkwell.db;

/**
 * The one rule for text people send, applied before it is stored or searched for: what a PostgreSQL
 * {@code text} column can hold (no NUL) and what the site's XML feeds can carry (XML 1.0 has no other C0
 * control characters, no unpaired surrogates, no U+FFFE or U+FFFF). Those characters are dropped, not
 * refused: none of them can be typed into a form, so a text that has them was pasted or forged, and the
 * rest of it is what its writer meant. Tab and newline stay; CR LF and a lone CR become one newline.
 */
public final class StorableText {

    private StorableText() {
    }

    /** The text without the characters above, or null for null. */
    public static String clean(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                kept.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    kept.append(c).append(text.charAt(++i));
                }
            } else if (!isDropped(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Cleaned and stripped, or null when nothing but white space is left. */
    public static String blankToNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isBlank() ? null : cleaned.strip();
    }

    /** Most text has none of these characters: it is returned as it is, without a copy. */
    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || isDropped(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** A low surrogate reaches this only when no high one came before it. */
    private static boolean isDropped(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || c == '\uFFFE' || c == '\uFFFF' || Character.isLowSurrogate(c);
    }
}
