package io.inkwell.web.admin.comments;

import java.time.Instant;
import java.util.UUID;

/** A row of the moderation table; {@code postTitle} and {@code postSlug} are null when the post is gone. */
record ModeratedComment(UUID id, String authorName, String text, boolean deleted, Instant createdAt,
        String postTitle, String postSlug) {
}
