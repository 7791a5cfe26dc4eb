package io.inkwell.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A published post as a listing gives it: everything but its text. */
@Schema(name = "PostSummary")
record ApiPostSummary(UUID id, String slug, String title, String excerpt, String url,
                      @Schema(nullable = true) String featuredImage, ApiAuthorRef author, Instant publishedAt,
                      int readingMinutes, List<ApiTerm> categories, List<ApiTerm> tags) {
}
