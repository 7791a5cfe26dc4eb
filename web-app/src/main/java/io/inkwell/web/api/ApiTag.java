package io.inkwell.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A tag that published posts carry, with their number. */
@Schema(name = "Tag")
record ApiTag(UUID id, String name, String slug, int postCount, String url) {
}
