package io.inkwell.posts;

import java.util.Set;
import java.util.UUID;

/** What the edit form starts from; {@code version} travels with the form to detect stale edits. */
public record PostForEditing(UUID id, UUID authorId, String title, String slug, String content, String excerpt,
                             String featuredImageUrl, PostStatus status, int version, Set<UUID> categoryIds,
                             SeoFields seo) {

    public PostForEditing {
        categoryIds = Set.copyOf(categoryIds);
    }
}
