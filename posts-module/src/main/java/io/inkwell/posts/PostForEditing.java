package io.inkwell.posts;

import io.inkwell.settings.SiteLanguage;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the edit form starts from; {@code version} travels with the form to detect stale edits. {@code tags} are
 * the post's tag names, alphabetical.
 */
public record PostForEditing(UUID id, UUID authorId, String title, String slug, String content, String excerpt,
                             String featuredImageUrl, PostStatus status, int version, Set<UUID> categoryIds,
                             List<String> tags, SeoFields seo, SiteLanguage language) {

    public PostForEditing {
        categoryIds = Set.copyOf(categoryIds);
        tags = List.copyOf(tags);
    }
}
