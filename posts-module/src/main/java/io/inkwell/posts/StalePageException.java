package io.inkwell.posts;

/** The form was opened on an older version of the page: someone saved in between. */
public class StalePageException extends RuntimeException {

    public StalePageException() {
        super("This page was changed by someone else since you opened it. Reload it to see their changes, then edit again.");
    }
}
