package io.inkwell.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A category with the number of its published posts. */
@Schema(name = "Category")
record ApiCategory(UUID id, String name, String slug, @Schema(nullable = true) String description, int postCount, String url) {
}
