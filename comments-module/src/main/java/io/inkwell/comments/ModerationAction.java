package io.inkwell.comments;

/** What a moderator does to the comments they selected in the moderation queue. */
public enum ModerationAction {

    /** Held or spam: readers see it from now on. Approved: keeps it and clears its reports. */
    APPROVE("Approve", "approved"),
    /** Out of the thread for good, with the replies beneath it. */
    SPAM("Mark as spam", "marked as spam"),
    /** As its author deletes it; held and spam comments go with the replies that waited for them. */
    DELETE("Delete", "deleted"),
    /** The comment and every reply beneath it, for moderators' eyes only; reversible. */
    HIDE_THREAD("Hide thread", "hidden with their replies"),
    /** Undoes {@link #HIDE_THREAD}, on the comment the thread was hidden from. */
    SHOW_THREAD("Show thread", "shown again with their replies"),
    /** The author can no longer comment; their held comments become spam. */
    BAN_AUTHOR("Ban author", "whose authors are banned");

    private final String label;
    private final String done;

    ModerationAction(String label, String done) {
        this.label = label;
        this.done = done;
    }

    /** The button's words. */
    public String label() {
        return label;
    }

    /** "3 comments approved." */
    public String outcome(int comments) {
        return comments + (comments == 1 ? " comment " : " comments ") + done + ".";
    }
}
