package io.inkwell.posts;

/** The form was opened on an older version of the post: someone saved in between. */
public class StalePostException extends RuntimeException {

    public StalePostException() {
        super("This post was changed by someone else since you opened it. Reload it to see their changes, then edit again.");
    }
}
