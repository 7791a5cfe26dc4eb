package io.inkwell.comments;

import java.time.Instant;
import java.util.UUID;

/** A comment in a flat listing (moderation, an author's comments); the post is known by id only. */
public record CommentListing(
        UUID id,
        UUID postId,
        UUID authorId,
        String authorName,
        String text,
        boolean deleted,
        Instant createdAt) {
}
