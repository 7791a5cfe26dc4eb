package io.inkwell.comments;

/** The tabs of the moderation queue (their words: {@code enum.QueueTab.<CONSTANT>} in the web application's bundles). */
public enum QueueTab {

    HELD,
    APPROVED,
    SPAM,
    /** Approved comments readers reported at least as often as the site's report threshold. */
    REPORTED
}
