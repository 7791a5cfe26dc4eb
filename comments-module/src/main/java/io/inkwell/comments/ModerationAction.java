package io.inkwell.comments;

/**
 * What a moderator does to the comments they selected in the moderation queue (the words of each:
 * {@code enum.ModerationAction.<CONSTANT>} in the web application's bundles).
 */
public enum ModerationAction {

    /** Held or spam: readers see it from now on. Approved: keeps it and clears its reports. */
    APPROVE,
    /** Out of the thread for good, with the replies beneath it. */
    SPAM,
    /** As its author deletes it; held and spam comments go with the replies that waited for them. */
    DELETE,
    /** The comment and every reply beneath it, for moderators' eyes only; reversible. */
    HIDE_THREAD,
    /** Undoes {@link #HIDE_THREAD}, on the comment the thread was hidden from. */
    SHOW_THREAD,
    /** The author can no longer comment; their held comments become spam. */
    BAN_AUTHOR
}
