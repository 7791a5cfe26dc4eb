package io.inkwell.comments;

/** The tabs of the moderation queue. */
public enum QueueTab {

    HELD("Awaiting moderation"),
    APPROVED("Approved"),
    SPAM("Spam"),
    /** Approved comments readers reported at least as often as the site's report threshold. */
    REPORTED("Reported");

    private final String label;

    QueueTab(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
