package io.inkwell.comments;

import java.util.List;
import java.util.UUID;

/** A thread flattened in reply order: each comment follows its parent and precedes its later siblings. */
public record CommentThread(UUID postId, List<ThreadComment> comments) {

    public CommentThread {
        comments = List.copyOf(comments);
    }

    public boolean isEmpty() {
        return comments.isEmpty();
    }

    public int size() {
        return comments.size();
    }
}
