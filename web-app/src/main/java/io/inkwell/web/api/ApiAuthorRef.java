package io.inkwell.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A post's author as a post names them; the profile is at {@code /api/v1/authors/{id}}. */
@Schema(name = "AuthorRef")
record ApiAuthorRef(UUID id, String name, String url) {
}
