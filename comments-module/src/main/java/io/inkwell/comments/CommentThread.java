package io.inkwell.comments;

import java.util.List;
import java.util.UUID;

/**
 * One page of a thread, flattened in reply order: each comment follows its parent and precedes its
 * later siblings. {@code next} continues after the last comment shown; null on the last page.
 */
public record CommentThread(UUID postId, List<ThreadComment> comments, ThreadCursor next) {

    public CommentThread {
        comments = List.copyOf(comments);
    }

    public boolean isEmpty() {
        return comments.isEmpty();
    }

    public int size() {
        return comments.size();
    }

    public boolean hasMore() {
        return next != null;
    }
}
