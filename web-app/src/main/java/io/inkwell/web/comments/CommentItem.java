package io.inkwell.web.comments;

import java.time.Instant;
import java.util.UUID;

/**
 * One comment as the thread template shows it. {@code indent} is the depth capped at
 * {@link CommentSection#MAX_INDENT}; {@code continueThread} marks a comment at the cap whose
 * replies read better on their own page.
 */
public record CommentItem(
        UUID id,
        String authorName,
        String html,
        boolean edited,
        boolean deleted,
        Instant createdAt,
        String exactTime,
        String ago,
        int indent,
        boolean continueThread,
        boolean mayEdit,
        boolean mayDelete) {
}
