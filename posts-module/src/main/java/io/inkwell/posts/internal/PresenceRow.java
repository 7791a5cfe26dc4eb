package io.inkwell.posts.internal;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code post_editors}. */
record PresenceRow(UUID userId, Instant seenAt) {
}
