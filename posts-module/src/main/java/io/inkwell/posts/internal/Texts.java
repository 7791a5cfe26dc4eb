package io.inkwell.posts.internal;

/** What PostgreSQL text columns can hold: no NUL characters, which people can still type into a form. */
final class Texts {

    private Texts() {
    }

    static String clean(String text) {
        return text == null ? null : text.replace("\u0000", "");
    }

    static String blankToNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isBlank() ? null : cleaned.strip();
    }
}
