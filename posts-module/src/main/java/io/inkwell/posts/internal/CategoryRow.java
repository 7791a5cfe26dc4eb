package io.inkwell.posts.internal;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code categories}; {@code postCount} is maintained by the database. */
record CategoryRow(
        UUID id,
        String name,
        String slug,
        String description,
        int postCount,
        Instant createdAt,
        Instant updatedAt) {
}
