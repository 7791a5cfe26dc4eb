package io.inkwell.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a listing; {@code next} is the cursor of the page after it, null on the last page. */
record ApiList<T>(
        List<T> items,
        @Schema(description = "Pass as ?cursor= to get the next page; null on the last page", nullable = true) String next) {
}
