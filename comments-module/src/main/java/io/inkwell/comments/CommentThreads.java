package io.inkwell.comments;

import io.inkwell.users.Actor;
import java.util.Optional;
import java.util.UUID;

/**
 * What readers see of the comments: a post's thread in reply order, a page at a time, and one comment's replies.
 * Everyone sees approved comments outside hidden threads; a signed-in reader also sees their own comments still
 * awaiting moderation, and a moderator ({@link Actor#mayModerateComments()}) every held, waiting and hidden one.
 * {@code viewer} is null for an anonymous reader.
 */
public interface CommentThreads {

    /** Comments a thread page shows at most, however many the post has. */
    int PAGE_SIZE = 100;

    /**
     * At most {@link #PAGE_SIZE} comments of a post's thread in reply order, continuing after {@code after}
     * (empty: from the start); one statement, authors from one batch lookup. Depths count from the top level.
     */
    CommentThread threadOf(UUID postId, Optional<ThreadCursor> after, Actor viewer);

    /** The first page of a post's thread as an anonymous reader sees it. */
    default CommentThread threadOf(UUID postId) {
        return threadOf(postId, Optional.empty(), null);
    }

    /**
     * The comment and the replies beneath it ("continue this thread"), depths counted from it, at most
     * {@link #PAGE_SIZE} a page; a cursor from outside this subtree means its first page. A comment the viewer
     * may not see is {@link CommentNotFoundException}.
     */
    CommentThread subtreeOf(UUID commentId, Optional<ThreadCursor> after, Actor viewer);

    default CommentThread subtreeOf(UUID commentId) {
        return subtreeOf(commentId, Optional.empty(), null);
    }

    /**
     * Where a person finds this comment in its post's thread: empty when the first page shows it, else
     * the cursor of a page that starts with it. Reads at most one page's worth of index entries.
     */
    Optional<ThreadCursor> pageShowing(UUID commentId);

    /** The count readers see and whether the post takes comments now: one statement. */
    ThreadStatus statusOf(UUID postId);
}
