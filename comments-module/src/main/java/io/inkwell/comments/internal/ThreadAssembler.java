package io.inkwell.comments.internal;

import io.inkwell.comments.CommentThread;
import io.inkwell.comments.ThreadComment;
import io.inkwell.users.UserSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns rows in path order into the flat thread the pages render. Depth and "has replies" both come
 * from the paths alone: a row's replies are exactly the rows after it whose path extends its own.
 */
final class ThreadAssembler {

    static final int SEGMENT = 7;
    static final String UNKNOWN_AUTHOR = "Unknown author";

    private ThreadAssembler() {
    }

    static CommentThread assemble(UUID postId, List<CommentRow> rowsInPathOrder, Map<UUID, UserSummary> authors) {
        List<ThreadComment> comments = new ArrayList<>(rowsInPathOrder.size());
        int rootDepth = rowsInPathOrder.isEmpty() ? 0 : depthOf(rowsInPathOrder.get(0).path());
        for (int i = 0; i < rowsInPathOrder.size(); i++) {
            CommentRow row = rowsInPathOrder.get(i);
            boolean hasReplies = i + 1 < rowsInPathOrder.size() && isBelow(rowsInPathOrder.get(i + 1).path(), row.path());
            comments.add(toComment(row, depthOf(row.path()) - rootDepth, hasReplies, authors));
        }
        return new CommentThread(postId, comments);
    }

    static ThreadComment toComment(CommentRow row, int depth, boolean hasReplies, Map<UUID, UserSummary> authors) {
        boolean deleted = row.deletedAt() != null;
        if (deleted) {
            return new ThreadComment(row.id(), row.postId(), row.parentId(), null, null, depth, "", "",
                    false, true, hasReplies, row.createdAt());
        }
        UserSummary author = authors.get(row.authorId());
        return new ThreadComment(row.id(), row.postId(), row.parentId(), row.authorId(),
                author == null ? UNKNOWN_AUTHOR : author.name(), depth, row.content(), CommentText.toHtml(row.content()),
                row.isEdited(), false, hasReplies, row.createdAt());
    }

    /** 0 for a top-level comment. */
    static int depthOf(String path) {
        return path.length() / SEGMENT - 1;
    }

    private static boolean isBelow(String path, String ancestor) {
        return path.length() > ancestor.length() && path.startsWith(ancestor);
    }
}
