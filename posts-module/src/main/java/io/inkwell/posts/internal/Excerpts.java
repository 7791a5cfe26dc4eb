package io.inkwell.posts.internal;

/** The excerpt a post shows when its author wrote none: the start of its text, cut at a word. */
final class Excerpts {

    static final int LENGTH = 200;

    private Excerpts() {
    }

    static String fromHtml(String html) {
        String text = ContentRenderer.plainText(html).strip();
        if (text.length() <= LENGTH) {
            return text.isEmpty() ? null : text;
        }
        int cut = text.lastIndexOf(' ', LENGTH);
        return text.substring(0, cut > LENGTH / 2 ? cut : LENGTH).strip() + "…";
    }
}
