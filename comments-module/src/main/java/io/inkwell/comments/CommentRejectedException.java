package io.inkwell.comments;

import io.inkwell.db.Refusal;

/**
 * A comment command refused for a reason the person can act on; {@link #reason()} tells the web
 * layer where the message belongs and {@link #refusal()} says it in words the site can show in its language
 * ({@link #getMessage()} is the English of it). A person who may not do it at all gets
 * {@link io.inkwell.users.NotAllowedException} instead.
 */
public class CommentRejectedException extends RuntimeException {

    private final Reason reason;
    private final Refusal refusal;

    public CommentRejectedException(Reason reason, Refusal refusal) {
        super(refusal.english());
        this.reason = reason;
        this.refusal = refusal;
    }

    public Reason reason() {
        return reason;
    }

    public Refusal refusal() {
        return refusal;
    }

    public enum Reason {
        /** Empty after trimming, or longer than the limit. */
        INVALID_CONTENT,
        /** The post is not published (or does not exist). */
        POST_CLOSED,
        /** The parent is not a comment of the same post, or no longer exists. */
        BAD_PARENT
    }
}
