package io.inkwell.comments.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Deleting a comment, whoever asks: an approved comment with replies keeps its place as "[deleted]"; any other
 * goes, with the replies that waited for it if it was held or spam (they were never shown), and with the
 * "[deleted]" placeholders above it that held nothing else. The caller has locked the comment's row.
 */
@Component
class CommentRemoval {

    private final CommentMapper comments;

    CommentRemoval(CommentMapper comments) {
        this.comments = comments;
    }

    /**
     * Row locks are taken upwards from the comment, after it: a concurrent reply holds its parent's key share
     * while it waits for the post's counter row, so locking a parent after the delete could deadlock with it.
     */
    void remove(CommentRow row) {
        if (row.isApproved() && comments.hasReplies(row.id())) {
            comments.markDeleted(row.id());
            return;
        }
        // The replies of the topmost emptied placeholder are exactly the chain down to this comment: they cascade.
        comments.deleteById(topmostPlaceholderEmptiedBy(row).orElse(row.id()));
    }

    /** A "[deleted]" placeholder only holds its replies' place; when the last of them goes, so does it. */
    private Optional<UUID> topmostPlaceholderEmptiedBy(CommentRow deleted) {
        UUID emptied = null;
        UUID child = deleted.id();
        UUID next = deleted.parentId();
        while (next != null) {
            CommentRow parent = comments.selectByIdForUpdate(next).orElse(null);
            if (parent == null || !parent.isDeleted() || comments.hasRepliesBesides(parent.id(), child)) {
                break;
            }
            emptied = parent.id();
            child = parent.id();
            next = parent.parentId();
        }
        return Optional.ofNullable(emptied);
    }
}
