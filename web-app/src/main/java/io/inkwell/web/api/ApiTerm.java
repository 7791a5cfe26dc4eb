package io.inkwell.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A category or tag as a post names it. */
@Schema(name = "TermRef")
record ApiTerm(UUID id, String name, String slug, String url) {
}
