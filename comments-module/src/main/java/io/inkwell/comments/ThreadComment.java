package io.inkwell.comments;

import java.time.Instant;
import java.util.UUID;

/**
 * One comment of a thread. {@code depth} counts from the thread's root (0 = top level). A deleted
 * placeholder has no author and no text. {@code html} is the text escaped, with line breaks and
 * http(s) links kept; it is safe to write into a page as is. {@code createdAt} is when readers first saw it:
 * the time it was approved, for a comment a moderator approved.
 *
 * @param authorId           null for a comment without an account (and for a placeholder)
 * @param awaitingModeration held, kept as spam, or waiting for a held comment above it: only its author and
 *                           moderators see it
 * @param hidden             in a thread a moderator hid: only moderators see it
 * @param locked             in a thread a moderator locked: it takes no new replies
 * @param lockedHere         the thread was locked from this comment ("Unlock thread" applies here)
 */
public record ThreadComment(
        UUID id,
        UUID postId,
        UUID parentId,
        UUID authorId,
        String authorName,
        int depth,
        String text,
        String html,
        boolean edited,
        boolean deleted,
        boolean hasReplies,
        Instant createdAt,
        boolean awaitingModeration,
        boolean hidden,
        boolean locked,
        boolean lockedHere) {

    public boolean isWrittenBy(UUID userId) {
        return !deleted && authorId != null && authorId.equals(userId);
    }
}
