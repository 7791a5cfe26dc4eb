package io.inkwell.settings;

/** Whether a new comment appears at once or waits for a moderator, site-wide ("Comments" in the settings). */
public enum CommentApproval {

    /** Signed-in readers' comments appear at once. */
    OPEN("Open to signed-in readers"),
    /** Held until its author has an approved comment. */
    FIRST_TIME("Held for approval for first-time commenters"),
    /** Every comment is held. */
    ALWAYS("Held for approval always"),
    /** No new comments or replies anywhere; the threads stay readable. */
    CLOSED("Closed");

    private final String label;

    CommentApproval(String label) {
        this.label = label;
    }

    /** What the settings form calls it. */
    public String label() {
        return label;
    }
}
