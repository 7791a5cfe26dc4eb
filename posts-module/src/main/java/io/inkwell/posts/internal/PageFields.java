package io.inkwell.posts.internal;

import io.inkwell.db.Refusal;
import static io.inkwell.posts.PostLimits.CONTENT_MAX;
import static io.inkwell.posts.PostLimits.SLUG_MAX;
import static io.inkwell.posts.PostLimits.TITLE_MAX;

import io.inkwell.db.StorableText;
import io.inkwell.posts.InvalidPageException;
import io.inkwell.posts.PageDraft;

/**
 * A page draft's fields cleaned and checked against the schema's limits (the posts' numbers), so bad input is a
 * field error, not a 500. {@code requestedSlug} is null when the slug is to be made from the title.
 */
record PageFields(String title, String requestedSlug, String content) {

    static PageFields check(PageDraft draft) {
        String title = StorableText.blankToNull(draft.title());
        if (title == null) {
            throw new InvalidPageException("title", Refusal.of("refused.page.titleMissing", "A page needs a title."));
        }
        if (title.length() > TITLE_MAX) {
            throw new InvalidPageException("title",
                    Refusal.of("refused.page.titleTooLong", "A title can be at most {0} characters long.", TITLE_MAX));
        }
        String slug = StorableText.blankToNull(draft.slug());
        if (slug != null && slug.length() > SLUG_MAX) {
            throw new InvalidPageException("slug",
                    Refusal.of("refused.page.slugTooLong", "A slug can be at most {0} characters long.", SLUG_MAX));
        }
        return new PageFields(title, slug, content(draft.content()));
    }

    /** The Markdown as it would be stored; more than the renderer takes is a field error. */
    static String content(String markdown) {
        String content = StorableText.clean(markdown == null ? "" : markdown);
        if (content.length() > CONTENT_MAX) {
            throw new InvalidPageException("content",
                    Refusal.of("refused.page.contentTooLong", "The text can be at most {0} characters long.", CONTENT_MAX));
        }
        return content;
    }
}
