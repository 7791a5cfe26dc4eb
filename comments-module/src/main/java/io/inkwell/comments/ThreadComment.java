package io.inkwell.comments;

import java.time.Instant;
import java.util.UUID;

/**
 * One comment of a thread. {@code depth} counts from the thread's root (0 = top level). A deleted
 * placeholder has no author and no text. {@code html} is the text escaped, with line breaks and
 * http(s) links kept; it is safe to write into a page as is.
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
        Instant createdAt) {

    public boolean isWrittenBy(UUID userId) {
        return !deleted && authorId != null && authorId.equals(userId);
    }
}
