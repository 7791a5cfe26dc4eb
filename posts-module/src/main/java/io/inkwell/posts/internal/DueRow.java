package io.inkwell.posts.internal;

import java.time.Instant;
import java.util.UUID;

/** A scheduled post just published by the sweep: {@code publishedAt} is the time it was scheduled for. */
record DueRow(UUID postId, UUID authorId, String slug, Instant publishedAt, int version) {
}
