package io.inkwell.posts;

import java.time.Instant;
import java.util.UUID;

/** A published page as readers see it; {@code contentHtml} was sanitised when the page was saved. */
public record PageView(UUID id, String title, String slug, String contentHtml, String excerpt, Instant publishedAt,
                       Instant updatedAt) {
}
