package io.inkwell.posts;

import io.inkwell.settings.SiteLanguage;
import java.time.Instant;
import java.util.UUID;

/**
 * A published page as readers see it; {@code contentHtml} was sanitised when the page was saved. {@code language}
 * is the one it is written in.
 */
public record PageView(UUID id, String title, String slug, String contentHtml, String excerpt, Instant publishedAt,
                       Instant updatedAt, SiteLanguage language) {
}
