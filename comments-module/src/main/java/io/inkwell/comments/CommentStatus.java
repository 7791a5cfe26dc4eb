package io.inkwell.comments;

/** Where a comment stands with the moderators. */
public enum CommentStatus {
    /** Shown, unless its thread is hidden or it waits for a held comment above it. */
    APPROVED,
    /** Waits for a moderator; only its author and moderators see it. */
    HELD,
    /** Kept out for good: in the moderation queue's "Spam" tab only. */
    SPAM
}
