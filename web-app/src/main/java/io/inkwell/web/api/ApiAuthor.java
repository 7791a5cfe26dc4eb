package io.inkwell.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** An author's public profile; a deleted account keeps its name and shows no avatar. */
@Schema(name = "Author")
record ApiAuthor(UUID id, String name, @Schema(nullable = true) String avatarUrl, Instant joinedAt, String url,
                 @Schema(description = "Posts of this author, newest first") String postsUrl) {
}
