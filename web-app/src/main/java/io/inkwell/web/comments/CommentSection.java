package io.inkwell.web.comments;

import io.inkwell.comments.CommentThread;
import io.inkwell.comments.CommentThreads;
import io.inkwell.comments.ThreadComment;
import io.inkwell.posts.PostDetail;
import io.inkwell.users.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts a post's comment thread on a page: the post page calls {@link #addTo} and includes
 * {@code comments/thread :: section}. One statement for the thread, one for its authors.
 */
@Component
public class CommentSection {

    /** Deeper replies stay at this indentation and get a "continue this thread" link. */
    public static final int MAX_INDENT = 6;

    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final CommentThreads threads;
    private final Clock clock;

    CommentSection(CommentThreads threads) {
        this.threads = threads;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param replyTo the comment whose reply form is open ({@code ?replyTo=}), or null
     * @param me      the reader, or null when anonymous
     */
    public void addTo(Model model, PostDetail post, UUID replyTo, SignedInUser me) {
        addThread(model, threads.threadOf(post.id()), post.id(), post.slug(), replyTo, me);
        // Drafts and archived posts show their thread but take no new comments.
        model.addAttribute("commentsOpen", post.isPublished());
    }

    void addThread(Model model, CommentThread thread, UUID postId, String slug, UUID replyTo, SignedInUser me) {
        model.addAttribute("commentsOpen", true);
        model.addAttribute("comments", items(thread, me));
        model.addAttribute("commentCount", thread.comments().stream().filter(c -> !c.deleted()).count());
        model.addAttribute("commentSlug", slug);
        model.addAttribute("commentPostId", postId);
        model.addAttribute("replyTo", replyTo);
        // Asked once here rather than by sec:authorize in every row: a 2,000-comment page renders much faster.
        model.addAttribute("commentsSignedIn", me != null);
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", CommentForm.empty(null));
        }
        if (!model.containsAttribute("replyForm")) {
            model.addAttribute("replyForm", CommentForm.empty(replyTo));
        }
    }

    List<CommentItem> items(CommentThread thread, SignedInUser me) {
        Instant now = clock.instant();
        return thread.comments().stream().map(comment -> item(comment, me, now)).toList();
    }

    static CommentItem item(ThreadComment comment, SignedInUser me, Instant now) {
        boolean own = me != null && comment.isWrittenBy(me.id());
        boolean admin = me != null && me.actor().isAdmin();
        return new CommentItem(comment.id(), comment.authorName(), comment.html(), comment.edited(), comment.deleted(),
                comment.createdAt(), EXACT.format(comment.createdAt()), RelativeTime.between(comment.createdAt(), now), Math.min(comment.depth(), MAX_INDENT),
                comment.depth() == MAX_INDENT && comment.hasReplies(), own, !comment.deleted() && (own || admin));
    }
}
