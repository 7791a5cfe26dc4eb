package io.inkwell.web.comments;

import io.inkwell.comments.CommentForms;
import io.inkwell.comments.CommentThread;
import io.inkwell.comments.CommentThreads;
import io.inkwell.comments.ThreadComment;
import io.inkwell.comments.ThreadCursor;
import io.inkwell.comments.ThreadStatus;
import io.inkwell.posts.PostDetail;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts a page of a post's comment thread on a page: the post page calls {@link #addTo} and includes
 * {@code comments/thread :: section}. At most {@link CommentThreads#PAGE_SIZE} comments, whatever the post
 * has: one statement for them (as this reader may see them: their own awaiting moderation, or every held and
 * hidden one for a moderator), one for their authors, one for the count and whether the post takes comments.
 */
@Component
public class CommentSection {

    /** Deeper replies stay at this indentation and get a "continue this thread" link. */
    public static final int MAX_INDENT = 6;

    private final CommentThreads threads;
    private final CommentForms forms;
    private final SiteSettings settings;
    private final SiteMessages messages;
    private final Clock clock;
    /**
     * "3 hours ago" per language and distance, made once: the bundles' choice and number formats are built anew at
     * every call (5% of a post page's CPU with 100 comments shown). A few hundred values at most per language, and the
     * bundles do not change while the site runs.
     */
    private final Map<AgoIn, String> agoWords = new ConcurrentHashMap<>();

    private record AgoIn(RelativeTime.Ago ago, Locale language) {
    }

    CommentSection(CommentThreads threads, CommentForms forms, SiteSettings settings, SiteMessages messages) {
        this.threads = threads;
        this.forms = forms;
        this.settings = settings;
        this.messages = messages;
        this.clock = Clock.systemUTC();
    }

    /** Whether readers without an account may comment: from the settings' copy in memory, no statement. */
    boolean takesGuestComments() {
        return settings.current().settings().comments().guestComments();
    }

    /**
     * @param after   where the page continues ({@code ?after=}, the last path of the previous page); anything
     *                that is not a path means the first page, as a hand-edited {@code after} of the listings does
     * @param replyTo the comment whose reply form is open ({@code ?replyTo=}), or null
     * @param me      the reader, or null when anonymous
     */
    public void addTo(Model model, PostDetail post, String after, UUID replyTo, SignedInUser me) {
        Optional<ThreadCursor> cursor = ThreadCursor.parse(after);
        ThreadStatus status = threads.statusOf(post.id());
        boolean open = post.isPublished() && status.open();
        addThread(model, threads.threadOf(post.id(), cursor, actorOf(me)), cursor, post.slug(), replyTo, me, open, post.id());
        model.addAttribute("commentCount", status.comments());
    }

    /**
     * @param continuedAfter present when the page does not start at the beginning of its thread or subtree
     * @param open           whether the post takes new comments and replies now
     */
    void addThread(Model model, CommentThread page, Optional<ThreadCursor> continuedAfter, String slug, UUID replyTo,
            SignedInUser me, boolean open, UUID postId) {
        model.addAttribute("commentsOpen", open);
        boolean guests = takesGuestComments();
        model.addAttribute("comments", items(page, me, open, replyTo, guests));
        model.addAttribute("commentSlug", slug);
        model.addAttribute("replyTo", replyTo);
        model.addAttribute("commentsNext", page.hasMore() ? page.next().token() : null);
        model.addAttribute("commentsContinued", continuedAfter.isPresent());
        model.addAttribute("commentsContinuedFrom", continuedAfter.isPresent() ? parentOfFirst(page) : null);
        // Reply links keep the reader on this page.
        model.addAttribute("commentsQuery", continuedAfter.map(cursor -> "after=" + cursor.token() + "&").orElse(""));
        // Asked once here rather than by sec:authorize in every row: a page of comments renders much faster.
        model.addAttribute("commentsSignedIn", me != null);
        model.addAttribute("guestComments", guests);
        // Anonymous readers' pages are kept and served to others: their forms (and tokens) are on a page of their own.
        String token = me != null && open ? forms.tokenFor(postId) : null;
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", CommentForm.empty(null, token));
        }
        if (!model.containsAttribute("replyForm")) {
            model.addAttribute("replyForm", CommentForm.empty(replyTo, token));
        }
    }

    static Actor actorOf(SignedInUser me) {
        return me == null ? null : me.actor();
    }

    /** A page that starts with a reply links to the comment it answers, which is on an earlier page. */
    private static UUID parentOfFirst(CommentThread page) {
        return page.isEmpty() || page.comments().get(0).depth() == 0 ? null : page.comments().get(0).parentId();
    }

    List<CommentItem> items(CommentThread thread, SignedInUser me, boolean open, UUID replyTo, boolean guests) {
        Instant now = clock.instant();
        return thread.comments().stream().map(comment -> item(comment, me, open, now, replyTo, guests)).toList();
    }

    CommentItem item(ThreadComment comment, SignedInUser me, boolean open, Instant now, UUID replyTo, boolean guests) {
        boolean own = me != null && comment.isWrittenBy(me.id());
        boolean moderator = me != null && me.actor().mayModerateComments();
        boolean live = !comment.deleted();
        boolean shown = !comment.awaitingModeration() && !comment.hidden();
        boolean mayReply = live && open && (moderator || (!comment.locked() && (shown || own)));
        return new CommentItem(comment.id(), comment.authorName(), comment.html(), comment.edited(), comment.deleted(),
                comment.createdAt(), ago(comment.createdAt(), now),
                Math.min(comment.depth(), MAX_INDENT), comment.depth() == MAX_INDENT && comment.hasReplies(),
                own, live && (own || moderator), comment.awaitingModeration(), comment.hidden(), comment.locked(),
                mayReply, live && shown && me != null && !own,
                live && moderator && !comment.locked(), moderator && comment.lockedHere(),
                mayReply && me != null, mayReply && me == null && guests,
                mayReply && me != null && comment.id().equals(replyTo));
    }

    private String ago(Instant then, Instant now) {
        return agoWords.computeIfAbsent(new AgoIn(RelativeTime.between(then, now), messages.locale()),
                key -> messages.getMessage(key.ago(), key.language()));
    }
}
