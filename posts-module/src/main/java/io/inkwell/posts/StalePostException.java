package io.inkwell.posts;

import io.inkwell.db.Refusal;

/** The form was opened on an older version of the post: someone saved in between. */
public class StalePostException extends RuntimeException {

    public static final Refusal REFUSAL = Refusal.of("refused.post.stale",
            "This post was changed by someone else since you opened it. Reload it to see their changes, then edit again.");

    public StalePostException() {
        super(REFUSAL.english());
    }

    public Refusal refusal() {
        return REFUSAL;
    }
}
