package io.inkwell.web.comments;

import java.time.Instant;
import java.util.UUID;

/**
 * One comment as the thread template shows it. {@code indent} is the depth capped at
 * {@link CommentSection#MAX_INDENT}; {@code continueThread} marks a comment at the cap whose
 * replies read better on their own page. {@code awaitingModeration}, {@code hidden} and {@code locked} are the
 * marks its author or a moderator sees; the {@code may…} flags which buttons this reader gets.
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
        boolean mayDelete,
        boolean awaitingModeration,
        boolean hidden,
        boolean locked,
        boolean mayReply,
        boolean mayReport,
        boolean mayLock,
        boolean mayUnlock) {
}
