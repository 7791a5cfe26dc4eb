package io.inkwell.settings;

/**
 * Whether a new comment appears at once or waits for a moderator, site-wide ("Comments" in the settings; the
 * words of each: {@code enum.CommentApproval.<CONSTANT>} in the web application's bundles).
 */
public enum CommentApproval {

    /** Signed-in readers' comments appear at once. */
    OPEN,
    /** Held until its author has an approved comment. */
    FIRST_TIME,
    /** Every comment is held. */
    ALWAYS,
    /** No new comments or replies anywhere; the threads stay readable. */
    CLOSED
}
