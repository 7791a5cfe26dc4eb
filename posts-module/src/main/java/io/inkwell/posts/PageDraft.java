package io.inkwell.posts;

/**
 * The fields an admin writes for a page. A blank slug is made from the title. The limits are the posts'
 * ({@link PostLimits#TITLE_MAX}, {@link PostLimits#SLUG_MAX}, {@link PostLimits#CONTENT_MAX}). {@code language}
 * is as a post's ({@link PostDraft}): a language code, blank for the site's (new) or the page's own (edited).
 */
public record PageDraft(String title, String slug, String content, String language) {

    /** A page in the site's language (or, edited, in the language it has). */
    public PageDraft(String title, String slug, String content) {
        this(title, slug, content, null);
    }
}
