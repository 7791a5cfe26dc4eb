package io.inkwell.comments.internal;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentNotFoundException;
import io.inkwell.comments.CommentRejectedException.Reason;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.EditComment;
import io.inkwell.db.Refusal;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.Actor;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CommentService implements CommentCommands {

    /** Named by both the composite foreign key and the path trigger when a parent is missing or elsewhere. */
    private static final String PARENT_CONSTRAINT = "comments_parent_fk";

    private final CommentMapper comments;
    private final PostThreadMapper threads;

    CommentService(CommentMapper comments, PostThreadMapper threads) {
        this.comments = comments;
        this.threads = threads;
    }

    @Override
    public UUID add(Actor actor, AddComment command) {
        CommentRules.checkMayComment(actor);
        String content = CommentText.clean(command.content());
        // The comments context's own record, kept from the posts context's events; the lock holds it until
        // this comment commits, so a thread closing or a post being deleted waits for it.
        if (!Boolean.TRUE.equals(threads.lockTakesComments(command.postId()))) {
            throw new CommentRejectedException(Reason.POST_CLOSED,
                    Refusal.of("refused.comment.postClosed", "Comments are open on published posts only."));
        }
        if (command.parentId() != null) {
            // Checked first for a clear message; the trigger and the composite foreign key still guard the race.
            comments.selectById(command.parentId())
                    .filter(parent -> parent.postId().equals(command.postId()) && parent.deletedAt() == null)
                    .orElseThrow(CommentService::badParent);
        }
        UUID id = TimeOrderedIds.next();
        try {
            comments.insert(new CommentRow(id, command.postId(), actor.userId(), command.parentId(), null, content,
                    false, null, null, null));
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains(PARENT_CONSTRAINT)) {
                throw badParent();
            }
            throw e;
        }
        return id;
    }

    @Override
    public void edit(Actor actor, EditComment command) {
        String content = CommentText.clean(command.content());
        CommentRow row = liveComment(command.commentId());
        CommentRules.checkMayEdit(actor, row);
        if (!row.content().equals(content)) {
            comments.update(new CommentRow(row.id(), row.postId(), row.authorId(), row.parentId(), row.path(), content,
                    true, null, row.createdAt(), row.updatedAt()));
        }
    }

    /**
     * Every row lock comes before the first change: a change takes the post's row in post_comment_counts
     * (a trigger keeps it), and a concurrent reply holds its parent's key share while it waits for that row,
     * so locking a parent after a delete could deadlock with it. The post's thread row comes first of all,
     * as in {@link #add}: the PostDeleted reaction takes it before it removes the counter and the comments.
     */
    @Override
    public void delete(Actor actor, UUID commentId) {
        comments.selectById(commentId).ifPresent(found -> threads.lockTakesComments(found.postId()));
        CommentRow row = liveComment(commentId);
        CommentRules.checkMayDelete(actor, row);
        if (comments.hasReplies(row.id())) {
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
            if (parent == null || parent.deletedAt() == null || comments.hasRepliesBesides(parent.id(), child)) {
                break;
            }
            emptied = parent.id();
            child = parent.id();
            next = parent.parentId();
        }
        return Optional.ofNullable(emptied);
    }

    private CommentRow liveComment(UUID commentId) {
        CommentRow row = comments.selectByIdForUpdate(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
        if (row.deletedAt() != null) {
            throw new CommentNotFoundException(commentId);
        }
        return row;
    }

    private static CommentRejectedException badParent() {
        return new CommentRejectedException(Reason.BAD_PARENT, Refusal.of("refused.comment.badParent",
                "The comment you are replying to is not part of this post's thread (it may have been deleted)."));
    }
}
