package io.inkwell.posts;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A post brought over from another site. {@code html} is its text as that site showed it: it is sanitised by the
 * rules of every post, and its Markdown source is made from it where the conversion gives back the same page
 * (else the sanitised HTML is the source). {@code slug} is the one wanted (made from the title when blank; the
 * next free {@code -N} when taken). A published post keeps {@code publishedAt}; {@code createdAt} and
 * {@code updatedAt} are the other site's dates. Tags are names, as in {@link PostDraft#tags()}. {@code language} is as a
 * draft's ({@link PostDraft#language()}): a code the site offers, or null for the site's language.
 */
public record ImportedPost(UUID authorId, String title, String slug, String html, String excerpt, String featuredImageUrl,
                           PostStatus status, Instant publishedAt, Instant createdAt, Instant updatedAt,
                           Set<UUID> categoryIds, List<String> tags, String language) {

    public ImportedPost {
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
