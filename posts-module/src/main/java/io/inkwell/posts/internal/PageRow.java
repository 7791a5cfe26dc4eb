package io.inkwell.posts.internal;

import io.inkwell.posts.PageStatus;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code pages}, without the search vector (the database makes it); {@code language} is its code. */
record PageRow(
        UUID id,
        String title,
        String slug,
        String content,
        String contentHtml,
        String excerpt,
        PageStatus status,
        Instant publishedAt,
        int version,
        Instant createdAt,
        Instant updatedAt,
        String language) {
}
