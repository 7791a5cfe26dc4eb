package io.inkwell.posts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A post as a listing card shows it, with its categories and tags (alphabetical). The author comes from the users
 * context, by {@code authorId}. {@code scheduledAt} is when a scheduled post goes out (null for any other status).
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
        List<TagRef> tags,
        Instant scheduledAt) {

    public PostSummary {
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
