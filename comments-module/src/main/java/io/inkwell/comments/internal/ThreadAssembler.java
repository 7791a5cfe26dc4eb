package io.inkwell.comments.internal;

import io.inkwell.comments.CommentThread;
import io.inkwell.comments.ThreadComment;
import io.inkwell.comments.ThreadCursor;
import io.inkwell.users.UserSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns rows in path order into the flat page the thread templates render. Depth and "has replies" both
 * come from the paths alone: a row's replies are exactly the rows after it whose path extends its own.
 * A page is read with one row more than it shows, which tells whether the last comment shown has
 * replies and whether another page follows.
 */
final class ThreadAssembler {

    static final int SEGMENT = 7;
    static final String UNKNOWN_AUTHOR = "Unknown author";

    private ThreadAssembler() {
    }

    /**
     * @param rowsInPathOrder up to {@code pageSize + 1} rows
     * @param rootDepth       the absolute depth that counts as 0 on this page (a subtree's root; 0 for a post)
     */
    static CommentThread assemble(UUID postId, List<CommentRow> rowsInPathOrder, int pageSize, int rootDepth,
            Map<UUID, UserSummary> authors, CommentHtml html) {
        int shown = Math.min(rowsInPathOrder.size(), pageSize);
        List<ThreadComment> comments = new ArrayList<>(shown);
        for (int i = 0; i < shown; i++) {
            CommentRow row = rowsInPathOrder.get(i);
            boolean hasReplies = i + 1 < rowsInPathOrder.size() && isBelow(rowsInPathOrder.get(i + 1).path(), row.path());
            comments.add(toComment(row, depthOf(row.path()) - rootDepth, hasReplies, authors, html));
        }
        ThreadCursor next = rowsInPathOrder.size() > pageSize ? new ThreadCursor(rowsInPathOrder.get(shown - 1).path()) : null;
        return new CommentThread(postId, comments, next);
    }

    static ThreadComment toComment(CommentRow row, int depth, boolean hasReplies, Map<UUID, UserSummary> authors,
            CommentHtml html) {
        boolean locked = row.isLocked();
        boolean lockedHere = row.id().equals(row.lockedRootId());
        if (row.isDeleted()) {
            return new ThreadComment(row.id(), row.postId(), row.parentId(), null, null, depth, "", "",
                    false, true, hasReplies, row.shownSince(), row.isAwaitingModeration(), row.isHidden(), locked, lockedHere);
        }
        return new ThreadComment(row.id(), row.postId(), row.parentId(), row.authorId(), nameOf(row, authors), depth,
                row.content(), html.of(row.id(), row.content()), row.isEdited(), false, hasReplies, row.shownSince(),
                row.isAwaitingModeration(), row.isHidden(), locked, lockedHere);
    }

    /** A guest's own name, an account's name now (a renamed account's comments follow it). */
    static String nameOf(CommentRow row, Map<UUID, UserSummary> authors) {
        if (row.isGuest()) {
            return row.guestName();
        }
        UserSummary author = authors.get(row.authorId());
        return author == null ? UNKNOWN_AUTHOR : author.name();
    }

    /** 0 for a top-level comment. */
    static int depthOf(String path) {
        return path.length() / SEGMENT - 1;
    }

    private static boolean isBelow(String path, String ancestor) {
        return path.length() > ancestor.length() && path.startsWith(ancestor);
    }
}
