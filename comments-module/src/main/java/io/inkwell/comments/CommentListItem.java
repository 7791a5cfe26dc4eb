package io.inkwell.comments;

import java.time.Instant;
import java.util.UUID;

/** One comment in the flat moderation list, newest first; the post is known by id only. */
public record CommentListItem(
        UUID id,
        UUID postId,
        UUID authorId,
        String authorName,
        String text,
        boolean deleted,
        Instant createdAt) {
}
