package io.inkwell.posts;

import io.inkwell.db.Refusal;

/** The form was opened on an older version of the page: someone saved in between. */
public class StalePageException extends RuntimeException {

    public static final Refusal REFUSAL = Refusal.of("refused.page.stale",
            "This page was changed by someone else since you opened it. Reload it to see their changes, then edit again.");

    public StalePageException() {
        super(REFUSAL.english());
    }

    public Refusal refusal() {
        return REFUSAL;
    }
}
