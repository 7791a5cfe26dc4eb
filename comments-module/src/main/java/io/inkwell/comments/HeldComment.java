package io.inkwell.comments;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment that still waits for a moderator, as the moderators' digest mail lists it.
 *
 * @param authorName the guest's own name, or the account's name now
 * @param excerpt    the start of its text, at most {@link CommentPosted#EXCERPT_MAX} characters
 * @param reason     the rule that held it
 */
public record HeldComment(UUID id, UUID postId, String authorName, String excerpt, HoldReason reason, Instant createdAt) {
}
