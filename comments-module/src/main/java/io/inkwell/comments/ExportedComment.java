package io.inkwell.comments;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment as an export writes it. A "[deleted]" placeholder has no author and no text. {@code position} is where it
 * stands in the export's order (its post, then its place in the thread), for {@link CommentExports#comments} to go on
 * after it.
 */
public record ExportedComment(UUID id, UUID postId, UUID parentId, UUID authorId, String text, boolean edited,
                              boolean deleted, Instant createdAt, Instant updatedAt, ExportPosition position) {

    /** A comment's place in the export's order, opaque to the caller. */
    public record ExportPosition(UUID postId, String path) {
    }
}
