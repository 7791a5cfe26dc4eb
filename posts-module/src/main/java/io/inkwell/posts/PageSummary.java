package io.inkwell.posts;

import java.time.Instant;
import java.util.UUID;

/** A row of the admin's list of pages. */
public record PageSummary(UUID id, String title, String slug, PageStatus status, Instant publishedAt, Instant updatedAt) {

    public boolean isPublished() {
        return status == PageStatus.PUBLISHED;
    }
}
