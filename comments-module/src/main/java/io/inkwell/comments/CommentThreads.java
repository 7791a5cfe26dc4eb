package io.inkwell.comments;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read side of the comments context: threads in reply order, listings for moderation and the dashboard. */
public interface CommentThreads {

    /** Comments a thread page shows at most, however many the post has. */
    int PAGE_SIZE = 100;

    /**
     * At most {@link #PAGE_SIZE} comments of a post's thread in reply order, continuing after {@code after}
     * (empty: from the start); one statement, authors from one batch lookup. Depths count from the top level.
     */
    CommentThread threadOf(UUID postId, Optional<ThreadCursor> after);

    /** The first page of a post's thread. */
    default CommentThread threadOf(UUID postId) {
        return threadOf(postId, Optional.empty());
    }

    /**
     * The comment and the replies beneath it ("continue this thread"), depths counted from it, at most
     * {@link #PAGE_SIZE} a page; a cursor from outside this subtree means its first page.
     */
    CommentThread subtreeOf(UUID commentId, Optional<ThreadCursor> after);

    default CommentThread subtreeOf(UUID commentId) {
        return subtreeOf(commentId, Optional.empty());
    }

    /**
     * Where a person finds this comment in its post's thread: empty when the first page shows it, else
     * the cursor of a page that starts with it. Reads at most one page's worth of index entries.
     */
    Optional<ThreadCursor> pageShowing(UUID commentId);

    /** One comment as its author edits it; absent when unknown or deleted. */
    Optional<ThreadComment> find(UUID commentId);

    /** Newest first across the whole site, counted pages (moderation). */
    Page<CommentListing> latest(PageRequest request);

    /** One author's comments, newest first. */
    Page<CommentListing> byAuthor(UUID authorId, PageRequest request);

    /** Comments written per UTC day from {@code firstDay} to {@code lastDay}, days without comments included as 0. */
    List<DailyCommentCount> perDay(LocalDate firstDay, LocalDate lastDay);
}
