package io.inkwell.comments.internal;

import io.inkwell.comments.CommentApproved;
import io.inkwell.comments.CommentHeld;
import io.inkwell.comments.CommentStatus;
import io.inkwell.comments.HoldReason;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A comment's status changes, with what they mean for the replies beneath it: while a comment is not approved,
 * every reply beneath it waits for it ({@code waiting_on_id}: the nearest such comment above), and approving it
 * hands those replies on to whatever it waited for itself. Each change is one statement over the path prefix.
 * The caller has locked the comment's row, so no reply joins the thread between the two statements.
 */
@Component
class CommentStanding {

    private final ModerationMapper moderation;
    private final CommentMapper comments;
    private final ApplicationEventPublisher events;

    CommentStanding(ModerationMapper moderation, CommentMapper comments, ApplicationEventPublisher events) {
        this.moderation = moderation;
        this.comments = comments;
        this.events = events;
    }

    /** Readers see it from now on (unless its thread is hidden or it waits itself), as posted now. */
    void approve(CommentRow row) {
        if (row.isApproved()) {
            moderation.clearReports(row.id());
            return;
        }
        moderation.approve(row.id());
        moderation.releaseWaiting(row.postId(), row.path(), row.id(), row.waitingOnId());
        events.publishEvent(new CommentApproved(row.id(), row.postId(), row.authorId(), row.parentId(),
                parentAuthorOf(row), Instant.now(), CommentService.excerpt(row.content())));
    }

    /** Held or spam for {@code reason}; replies beneath an approved comment start waiting for it. */
    void withhold(CommentRow row, HoldReason reason) {
        CommentStatus status = Verdict.of(reason).status();
        moderation.withhold(row.id(), status, reason);
        if (row.isApproved()) {
            moderation.withholdReplies(row.postId(), row.path(), row.id(), row.waitingOnId());
        }
        if (status == CommentStatus.HELD) {
            events.publishEvent(new CommentHeld(row.id(), row.postId(), reason, Instant.now()));
        }
    }

    UUID parentAuthorOf(CommentRow row) {
        return row.parentId() == null ? null : comments.selectById(row.parentId()).map(CommentRow::authorId).orElse(null);
    }
}
