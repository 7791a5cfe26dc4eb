package io.inkwell.comments;

import java.util.List;
import java.util.UUID;

/** One page of a tab of the moderation queue, newest first, with every tab's count. */
public record ModerationQueue(QueueTab tab, UUID postId, List<QueuedComment> comments, QueueCursor next, QueueCounts counts) {

    public ModerationQueue {
        comments = List.copyOf(comments);
    }

    public boolean hasNext() {
        return next != null;
    }
}
