package io.inkwell.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A published static page (About, Contact…), answering at {@code /{slug}} on the site. */
@Schema(name = "Page")
record ApiPage(UUID id, String slug, String title, String excerpt, String url, Instant publishedAt, Instant updatedAt,
               @Schema(description = "The language the page is written in, an ISO 639 code", example = "en") String language,
               String html) {
}
