package io.inkwell.comments.internal;

import io.inkwell.posts.PostDeleted;
import io.inkwell.posts.PostPublished;
import io.inkwell.posts.PostUnpublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * How the comments context follows the posts it knows by id: it keeps its own record of which posts take
 * comments (post_threads) and removes a deleted post's comments, instead of asking the posts context on every
 * write or relying on a foreign key into its table.
 *
 * <p><b>Synchronous, after commit.</b> Each reaction is an {@link ApplicationModuleListener}: it runs once the
 * post's transaction has committed, in a transaction of its own. The application does not enable
 * {@code @Async}, so it runs on the thread that committed, before the command returns: the moment an author
 * sees "Published.", the post takes comments, and tests need not wait for anything. Enabling {@code @Async}
 * would break that promise.
 *
 * <p><b>Delivered at least once.</b> The event publication registry stores each event with the post's change;
 * a reaction that fails leaves its publication incomplete, and the next start-up delivers it again
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). So every reaction may run twice
 * or late: a thread only moves to a newer post version, and removing a removed post's comments removes
 * nothing. The listener ids are fixed, so that renaming a method does not orphan stored publications.
 */
@Component
class PostThreadReactions {

    private final PostThreadMapper threads;
    private final CommentMapper comments;

    PostThreadReactions(PostThreadMapper threads, CommentMapper comments) {
        this.threads = threads;
        this.comments = comments;
    }

    @ApplicationModuleListener(id = "comments.open-thread-of-published-post")
    public void openThread(PostPublished published) {
        threads.open(published.postId(), published.version());
    }

    @ApplicationModuleListener(id = "comments.close-thread-of-unpublished-post")
    public void closeThread(PostUnpublished unpublished) {
        threads.close(unpublished.postId(), unpublished.version());
    }

    /**
     * Closing the thread first takes its row, so comment writes still in flight finish before and new ones
     * are refused after; the counter goes before the comments, so their delete triggers find none to update. The
     * author's switch goes too (their reports go with the comments).
     */
    @ApplicationModuleListener(id = "comments.remove-comments-of-deleted-post")
    public void removeComments(PostDeleted deleted) {
        threads.close(deleted.postId(), deleted.version());
        comments.deleteCountOf(deleted.postId());
        comments.deleteByPostId(deleted.postId());
        threads.reopenByAuthor(deleted.postId());
    }
}
