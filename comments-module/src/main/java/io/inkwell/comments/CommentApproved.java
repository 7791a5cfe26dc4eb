package io.inkwell.comments;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A moderator approved a held comment (or one kept as spam): readers see it from now on, as if it had been
 * posted now. The fields are those of {@link CommentPosted}, so a listener can treat both alike.
 */
@NamedInterface("events")
public record CommentApproved(UUID commentId, UUID postId, UUID authorId, UUID parentId, UUID parentAuthorId,
                              Instant approvedAt, String excerpt) {
}
