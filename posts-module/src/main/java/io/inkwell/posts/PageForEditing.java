package io.inkwell.posts;

import io.inkwell.settings.SiteLanguage;
import java.time.Instant;
import java.util.UUID;

/** What the page editor starts from; {@code version} travels with the form to detect stale edits. */
public record PageForEditing(UUID id, String title, String slug, String content, PageStatus status, int version,
                             Instant publishedAt, Instant updatedAt, SiteLanguage language) {

    public boolean isPublished() {
        return status == PageStatus.PUBLISHED;
    }
}
