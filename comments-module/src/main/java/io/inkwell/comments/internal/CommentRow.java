package io.inkwell.comments.internal;

import io.inkwell.comments.CommentStatus;
import io.inkwell.comments.HoldReason;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code comments}. The database assigns {@code path} on insert, and with it what a reply takes over
 * from its parent: {@code waitingOnId}, {@code hiddenRootId} and {@code lockedRootId}.
 */
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
        Instant updatedAt,
        CommentStatus status,
        HoldReason heldReason,
        Instant approvedAt,
        UUID waitingOnId,
        UUID hiddenRootId,
        UUID lockedRootId,
        int reportCount,
        String addressHash,
        String guestName,
        String guestEmail) {

    /** A new comment as the service inserts it; the database fills in the rest. */
    static CommentRow written(UUID id, UUID postId, Author author, UUID parentId, String content, Verdict verdict,
            String addressHash) {
        return new CommentRow(id, postId, author.userId(), parentId, null, content, false, null, null, null,
                verdict.status(), verdict.reason(), null, null, null, null, 0, addressHash, author.guestName(),
                author.guestEmail());
    }

    /** This row with new text, as the update statement writes it. */
    CommentRow withContent(String newContent, boolean edited) {
        return new CommentRow(id, postId, authorId, parentId, path, newContent, edited, deletedAt, createdAt, updatedAt,
                status, heldReason, approvedAt, waitingOnId, hiddenRootId, lockedRootId, reportCount, addressHash,
                guestName, guestEmail);
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    boolean isApproved() {
        return status == CommentStatus.APPROVED;
    }

    /** Held, spam, or waiting for a held comment above it. */
    boolean isAwaitingModeration() {
        return !isApproved() || waitingOnId != null;
    }

    boolean isHidden() {
        return hiddenRootId != null;
    }

    /** In the thread every reader sees (a "[deleted]" placeholder included). */
    boolean isShownToReaders() {
        return !isAwaitingModeration() && !isHidden();
    }

    boolean isLocked() {
        return lockedRootId != null;
    }

    boolean isGuest() {
        return authorId == null;
    }

    /** When readers first saw it: when a moderator approved it, or when it was written. */
    Instant shownSince() {
        return approvedAt != null ? approvedAt : createdAt;
    }
}
