package io.inkwell.posts.internal;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code post_autosaves}. */
record AutosaveRow(UUID postId, UUID userId, String title, String excerpt, String content, String tags,
                   UUID[] categoryIds, int baseVersion, Instant savedAt) {
}
