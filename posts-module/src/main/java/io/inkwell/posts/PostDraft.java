package io.inkwell.posts;

import java.util.Set;
import java.util.UUID;

/**
 * The fields an author writes. A blank slug is made from the title; a blank excerpt is taken from the
 * start of the text. The limits are the schema's, and the only copy of them: the posts service, the
 * Markdown renderer (preview too) and the authoring form all use these.
 */
public record PostDraft(String title, String slug, String content, String excerpt, String featuredImageUrl,
                        Set<UUID> categoryIds) {

    public static final int TITLE_MAX = 255;
    public static final int SLUG_MAX = 80;
    public static final int CONTENT_MAX = 200_000;
    public static final int EXCERPT_MAX = 1000;
    public static final int IMAGE_URL_MAX = 500;

    public PostDraft {
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
    }
}
