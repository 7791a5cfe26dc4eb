package io.inkwell.posts;

import java.time.Instant;
import java.util.UUID;

/**
 * A published post as a feed entry carries it: {@code contentHtml} is the sanitised HTML stored when the post
 * was saved, {@code updatedAt} its last change a reader can see. The author comes from the users context.
 */
public record FeedPost(
        UUID id,
        String title,
        String slug,
        String excerpt,
        String contentHtml,
        UUID authorId,
        Instant publishedAt,
        Instant updatedAt) {
}
