package io.inkwell.comments;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment brought over from another site: its post and parent (null for a top-level comment) here, the account
 * that stands for its writer, its text as plain text, and when it was written there.
 */
public record ImportedComment(UUID postId, UUID parentId, UUID authorId, String text, Instant createdAt) {
}
