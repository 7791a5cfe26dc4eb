package io.inkwell.posts;

import java.time.Instant;
import java.util.UUID;

/** Someone else ({@code userId}) who has this post's editor open, last heard of at {@code seenAt}. */
public record EditorPresence(UUID userId, Instant seenAt) {
}
