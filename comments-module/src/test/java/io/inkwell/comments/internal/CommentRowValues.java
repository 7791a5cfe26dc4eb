package io.inkwell.comments.internal;

import io.inkwell.comments.CommentStatus;
import io.inkwell.comments.HoldReason;
import io.inkwell.db.TimeOrderedIds;
import java.time.Instant;
import java.util.UUID;

/** {@link CommentRow}s for the mapper's insert and for pure logic; nothing is written here. */
final class CommentRowValues {

    private CommentRowValues() {
    }

    /** An approved comment of an account, as the mapper's insert takes it. */
    static CommentRow comment(UUID postId, UUID authorId, UUID parentId, String content) {
        return row(TimeOrderedIds.next(), postId, authorId, parentId, null, content, false, null, null, null);
    }

    /** The same, held or made spam by {@code reason}. */
    static CommentRow withheld(UUID postId, UUID authorId, UUID parentId, String content, HoldReason reason) {
        return new CommentRow(TimeOrderedIds.next(), postId, authorId, parentId, null, content, false, null, null, null,
                reason.isSpam() ? CommentStatus.SPAM : CommentStatus.HELD, reason, null, null, null, null, 0, null, null, null);
    }

    /** A guest's approved comment. */
    static CommentRow guestComment(UUID postId, String name, String email, String content) {
        return new CommentRow(TimeOrderedIds.next(), postId, null, null, null, content, false, null, null, null,
                CommentStatus.APPROVED, null, null, null, null, null, 0, null, name, email);
    }

    /** An approved comment of an account outside any hidden, locked or waiting thread, with these columns. */
    static CommentRow row(UUID id, UUID postId, UUID authorId, UUID parentId, String path, String content, boolean edited,
            Instant deletedAt, Instant createdAt, Instant updatedAt) {
        return new CommentRow(id, postId, authorId, parentId, path, content, edited, deletedAt, createdAt, updatedAt,
                CommentStatus.APPROVED, null, null, null, null, null, 0, null, null, null);
    }
}
