package io.inkwell.web.comments;

import io.inkwell.comments.CommentCounts;
import io.inkwell.comments.CommentThread;
import io.inkwell.comments.CommentThreads;
import io.inkwell.comments.ThreadComment;
import io.inkwell.comments.ThreadCursor;
import io.inkwell.posts.PostDetail;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.CurrentSite;
import io.inkwell.web.site.SiteMessages;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts a page of a post's comment thread on a page: the post page calls {@link #addTo} and includes
 * {@code comments/thread :: section}. At most {@link CommentThreads#PAGE_SIZE} comments, whatever the post
 * has: one statement for them, one for their authors, one for the total from the counter table.
 */
@Component
public class CommentSection {

    /** Deeper replies stay at this indentation and get a "continue this thread" link. */
    public static final int MAX_INDENT = 6;

    private final CommentThreads threads;
    private final CommentCounts counts;
    private final CurrentSite site;
    private final SiteMessages messages;
    private final Clock clock;

    CommentSection(CommentThreads threads, CommentCounts counts, CurrentSite site, SiteMessages messages) {
        this.threads = threads;
        this.counts = counts;
        this.site = site;
        this.messages = messages;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param after   where the page continues ({@code ?after=}, the last path of the previous page); anything
     *                that is not a path means the first page, as a hand-edited {@code after} of the listings does
     * @param replyTo the comment whose reply form is open ({@code ?replyTo=}), or null
     * @param me      the reader, or null when anonymous
     */
    public void addTo(Model model, PostDetail post, String after, UUID replyTo, SignedInUser me) {
        Optional<ThreadCursor> cursor = ThreadCursor.parse(after);
        addThread(model, threads.threadOf(post.id(), cursor), cursor, post.slug(), replyTo, me);
        model.addAttribute("commentCount", counts.countOf(post.id()));
        // Drafts and archived posts show their thread but take no new comments.
        model.addAttribute("commentsOpen", post.isPublished());
    }

    /** @param continuedAfter present when the page does not start at the beginning of its thread or subtree */
    void addThread(Model model, CommentThread page, Optional<ThreadCursor> continuedAfter, String slug, UUID replyTo,
            SignedInUser me) {
        model.addAttribute("commentsOpen", true);
        model.addAttribute("comments", items(page, me));
        model.addAttribute("commentSlug", slug);
        model.addAttribute("replyTo", replyTo);
        model.addAttribute("commentsNext", page.hasMore() ? page.next().token() : null);
        model.addAttribute("commentsContinued", continuedAfter.isPresent());
        model.addAttribute("commentsContinuedFrom", continuedAfter.isPresent() ? parentOfFirst(page) : null);
        // Reply links keep the reader on this page.
        model.addAttribute("commentsQuery", continuedAfter.map(cursor -> "after=" + cursor.token() + "&").orElse(""));
        // Asked once here rather than by sec:authorize in every row: a page of comments renders much faster.
        model.addAttribute("commentsSignedIn", me != null);
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", CommentForm.empty(null));
        }
        if (!model.containsAttribute("replyForm")) {
            model.addAttribute("replyForm", CommentForm.empty(replyTo));
        }
    }

    /** A page that starts with a reply links to the comment it answers, which is on an earlier page. */
    private static UUID parentOfFirst(CommentThread page) {
        return page.isEmpty() || page.comments().get(0).depth() == 0 ? null : page.comments().get(0).parentId();
    }

    List<CommentItem> items(CommentThread thread, SignedInUser me) {
        Instant now = clock.instant();
        // A comment's time when pointed at: in the site's time zone, named, in its language.
        DateTimeFormatter exact = site.view().dates().exactTime();
        return thread.comments().stream().map(comment -> item(comment, me, now, exact)).toList();
    }

    CommentItem item(ThreadComment comment, SignedInUser me, Instant now, DateTimeFormatter exact) {
        boolean own = me != null && comment.isWrittenBy(me.id());
        boolean admin = me != null && me.actor().isAdmin();
        return new CommentItem(comment.id(), comment.authorName(), comment.html(), comment.edited(), comment.deleted(),
                comment.createdAt(), exact.format(comment.createdAt()),
                messages.getMessage(RelativeTime.between(comment.createdAt(), now)), Math.min(comment.depth(), MAX_INDENT),
                comment.depth() == MAX_INDENT && comment.hasReplies(), own, !comment.deleted() && (own || admin));
    }
}
