package io.inkwell.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published post with its text: {@code html} was sanitised when the post was saved (no scripts, no iframes);
 * {@code language} is the ISO 639 code of the language it is written in.
 */
@Schema(name = "Post")
record ApiPost(UUID id, String slug, String title, String excerpt, String url, @Schema(nullable = true) String featuredImage,
               ApiAuthorRef author, Instant publishedAt, Instant updatedAt, int readingMinutes, List<ApiTerm> categories,
               List<ApiTerm> tags,
               @Schema(description = "The language the post is written in, an ISO 639 code", example = "en") String language,
               String html) {
}
