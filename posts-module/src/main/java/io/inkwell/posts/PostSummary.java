package io.inkwell.posts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A post as a listing card shows it, with its categories and tags (alphabetical). The author comes from the users
 * context, by {@code authorId}.
 */
public record PostSummary(
        UUID id,
        String title,
        String slug,
        String excerpt,
        String featuredImageUrl,
        UUID authorId,
        PostStatus status,
        Instant publishedAt,
        long viewCount,
        int readingMinutes,
        List<CategoryRef> categories,
        List<TagRef> tags) {

    public PostSummary {
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
