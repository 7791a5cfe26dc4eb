package io.inkwell.comments.internal;

import io.inkwell.comments.CommentStatus;
import io.inkwell.comments.HoldReason;

/** What the rules decided about a new comment: its status and, unless approved, the rule that decided. */
record Verdict(CommentStatus status, HoldReason reason) {

    static final Verdict APPROVED = new Verdict(CommentStatus.APPROVED, null);

    static Verdict of(HoldReason reason) {
        return new Verdict(reason.isSpam() ? CommentStatus.SPAM : CommentStatus.HELD, reason);
    }

    boolean isApproved() {
        return status == CommentStatus.APPROVED;
    }
}
