package io.inkwell.comments.internal;

import io.inkwell.db.TimeOrderedIds;
import java.util.UUID;

/** {@link CommentRow}s for the mapper's insert; nothing is written here. */
final class CommentRowValues {

    private CommentRowValues() {
    }

    static CommentRow comment(UUID postId, UUID authorId, UUID parentId, String content) {
        return new CommentRow(TimeOrderedIds.next(), postId, authorId, parentId, null, content, false, null, null, null);
    }
}
