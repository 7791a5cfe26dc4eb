package io.inkwell.comments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One comment of the moderation queue, with what a moderator decides by; the post is known by id only.
 *
 * @param authorId    null for a comment without an account ({@code guest})
 * @param holdReason  the rule that held it or made it spam; null when approved
 * @param addressHash a keyed hash of the sender's address (16 hex digits), null for comments written before it was kept
 * @param links       the http(s) addresses in its text, in order
 * @param hiddenHere  its thread was hidden from this comment ("Show thread" applies here)
 * @param waiting     approved, but waiting for a held comment above it
 */
public record QueuedComment(
        UUID id,
        UUID postId,
        UUID parentId,
        UUID authorId,
        String authorName,
        boolean guest,
        String text,
        CommentStatus status,
        HoldReason holdReason,
        int reportCount,
        String addressHash,
        List<String> links,
        boolean hidden,
        boolean hiddenHere,
        boolean locked,
        boolean waiting,
        boolean deleted,
        Instant createdAt) {

    public QueuedComment {
        links = List.copyOf(links);
    }
}
