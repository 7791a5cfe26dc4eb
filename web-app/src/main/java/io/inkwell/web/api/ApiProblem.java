package io.inkwell.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An error of the Content API as RFC 9457 writes it ({@code application/problem+json}): {@code type} is
 * {@code about:blank}, so {@code title} is the status's name and {@code detail} says, for people, what went wrong
 * and what to do.
 */
@Schema(name = "Problem", description = "An error (RFC 9457, application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiProblem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Unauthorized") String title,
        @Schema(example = "401") int status,
        @Schema(example = "This API key is unknown or has been revoked.") String detail,
        @Schema(example = "/api/v1/posts") String instance) {
}
