package io.inkwell.comments.internal;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code comments}; {@code path} is assigned by the database on insert. */
record CommentRow(
        UUID id,
        UUID postId,
        UUID authorId,
        UUID parentId,
        String path,
        String content,
        boolean isEdited,
        Instant deletedAt,
        Instant createdAt,
        Instant updatedAt) {
}
