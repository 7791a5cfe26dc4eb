package io.inkwell.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Published posts matching a query, best first. {@code total} is exact up to the search's cap; past it
 * {@code totalIsCapped} says there are more.
 */
@Schema(name = "SearchResults")
record ApiSearchResults(String query, List<Hit> items, long total, boolean totalIsCapped,
                        @Schema(nullable = true, description = "Pass as ?cursor= with the same q for the next page") String next) {

    /** A post and the passage that matched, escaped text whose only markup is {@code <mark>}. */
    @Schema(name = "SearchHit")
    record Hit(ApiPostSummary post, String snippetHtml) {
    }
}
