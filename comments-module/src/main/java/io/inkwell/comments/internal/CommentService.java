package io.inkwell.comments.internal;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentHeld;
import io.inkwell.comments.CommentNotFoundException;
import io.inkwell.comments.CommentPosted;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentRejectedException.Reason;
import io.inkwell.comments.CommentStatus;
import io.inkwell.comments.EditComment;
import io.inkwell.comments.GuestAuthor;
import io.inkwell.comments.PostedComment;
import io.inkwell.db.Refusal;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.settings.CommentApproval;
import io.inkwell.settings.CommentPolicy;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CommentService implements CommentCommands {

    /** Named by both the composite foreign key and the path trigger when a parent is missing or elsewhere. */
    private static final String PARENT_CONSTRAINT = "comments_parent_fk";

    private final CommentMapper comments;
    private final PostThreadMapper threads;
    private final ModerationMapper moderation;
    private final CommentScreening screening;
    private final CommentStanding standing;
    private final CommentRemoval removal;
    private final AddressHashes addresses;
    private final SiteSettings settings;
    private final ApplicationEventPublisher events;

    CommentService(CommentMapper comments, PostThreadMapper threads, ModerationMapper moderation, CommentScreening screening,
            CommentStanding standing, CommentRemoval removal, AddressHashes addresses, SiteSettings settings,
            ApplicationEventPublisher events) {
        this.comments = comments;
        this.threads = threads;
        this.moderation = moderation;
        this.screening = screening;
        this.standing = standing;
        this.removal = removal;
        this.addresses = addresses;
        this.settings = settings;
        this.events = events;
    }

    @Override
    public PostedComment add(Actor actor, AddComment command) {
        CommentRules.checkMayComment(actor);
        return write(Author.of(actor), command);
    }

    @Override
    public PostedComment addAsGuest(GuestAuthor guest, AddComment command) {
        if (!policy().guestComments()) {
            throw new NotAllowedException("This site takes comments from signed-in readers only.");
        }
        return write(GuestDetails.clean(guest), command);
    }

    /**
     * The post's thread row comes first (FOR SHARE, so closing the thread or deleting the post waits for this
     * comment), then the comments above the reply, root first, the order moderators' commands lock them in.
     */
    private PostedComment write(Author author, AddComment command) {
        String content = CommentText.clean(command.content());
        CommentPolicy policy = policy();
        // The comments context's own record, kept from the posts context's events; the lock holds it until
        // this comment commits, so a thread closing or a post being deleted waits for it.
        ThreadGate gate = threads.lockGate(command.postId()).orElse(new ThreadGate(false, false));
        if (!gate.takesComments()) {
            throw new CommentRejectedException(Reason.POST_CLOSED,
                    Refusal.of("refused.comment.postClosed", "Comments are open on published posts only."));
        }
        if (gate.closedByAuthor() || policy.approval() == CommentApproval.CLOSED) {
            throw new CommentRejectedException(Reason.POST_CLOSED,
                    Refusal.of("refused.comment.closed", "Comments are closed on this post."));
        }
        if (moderation.isBanned(author.userId(), author.guestEmail())) {
            throw new CommentRejectedException(Reason.BANNED,
                    Refusal.of("refused.comment.banned", "You can no longer comment on this site."));
        }
        CommentRow parent = command.parentId() == null ? null : replyableParent(author, command);
        Verdict verdict = screening.screen(author, command.postId(), content, command.submission(), policy);
        UUID id = TimeOrderedIds.next();
        String addressHash = command.submission() == null ? null : addresses.of(command.submission().clientAddress());
        try {
            comments.insert(CommentRow.written(id, command.postId(), author, command.parentId(), content, verdict, addressHash));
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains(PARENT_CONSTRAINT)) {
                throw badParent();
            }
            throw e;
        }
        boolean waiting = parent != null && (!parent.isApproved() || parent.waitingOnId() != null);
        boolean shown = verdict.isApproved() && !waiting && (parent == null || !parent.isHidden());
        announce(id, command, author, parent, verdict, shown, content);
        return new PostedComment(id, !shown);
    }

    /**
     * The parent, if this author may reply to it: a comment of the post they can see (their own awaiting
     * moderation included, for a moderator any), outside locked threads unless they moderate. Checked first for
     * a clear message; the trigger and the composite foreign key still guard the race.
     */
    private CommentRow replyableParent(Author author, AddComment command) {
        CommentRow parent = comments.selectById(command.parentId())
                .filter(found -> found.postId().equals(command.postId()))
                .orElseThrow(CommentService::badParent);
        List<CommentRow> line = comments.selectAncestorsForShare(command.postId(), pathsAbove(parent.path()));
        CommentRow current = line.isEmpty() ? null : line.get(line.size() - 1);
        if (current == null || !current.id().equals(parent.id()) || current.isDeleted() || !maySee(author, current)) {
            throw badParent();
        }
        if (current.isLocked() && !author.moderator()) {
            throw new CommentRejectedException(Reason.THREAD_LOCKED,
                    Refusal.of("refused.comment.threadLocked", "This conversation is locked: it takes no new replies."));
        }
        return current;
    }

    private static boolean maySee(Author author, CommentRow row) {
        boolean own = author.userId() != null && author.userId().equals(row.authorId());
        return author.moderator() || row.isShownToReaders() || (own && !row.isHidden());
    }

    /** The path of every comment from the top of the thread down to the one of {@code path}, itself included. */
    static List<String> pathsAbove(String path) {
        List<String> paths = new ArrayList<>(path.length() / ThreadAssembler.SEGMENT);
        for (int end = ThreadAssembler.SEGMENT; end <= path.length(); end += ThreadAssembler.SEGMENT) {
            paths.add(path.substring(0, end));
        }
        return paths;
    }

    private void announce(UUID id, AddComment command, Author author, CommentRow parent, Verdict verdict, boolean shown,
            String content) {
        Instant now = Instant.now();
        if (shown) {
            events.publishEvent(new CommentPosted(id, command.postId(), author.userId(), command.parentId(),
                    parent == null ? null : parent.authorId(), now, excerpt(content)));
        } else if (verdict.status() == CommentStatus.HELD) {
            events.publishEvent(new CommentHeld(id, command.postId(), verdict.reason(), now));
        }
    }

    /** The start of the text, cut between two characters (never inside a surrogate pair). */
    static String excerpt(String content) {
        if (content.length() <= CommentPosted.EXCERPT_MAX) {
            return content;
        }
        int end = CommentPosted.EXCERPT_MAX - 1;
        if (Character.isHighSurrogate(content.charAt(end - 1))) {
            end--;
        }
        return content.substring(0, end) + "…";
    }

    @Override
    public void edit(Actor actor, EditComment command) {
        String content = CommentText.clean(command.content());
        CommentRow row = liveComment(command.commentId());
        CommentRules.checkMayEdit(actor, row);
        if (row.content().equals(content)) {
            return;
        }
        comments.update(row.withContent(content, true));
        if (row.isApproved()) {
            screening.screenEdit(Author.of(actor), content, policy()).ifPresent(reason -> standing.withhold(row, reason));
        }
    }

    /**
     * Every row lock comes before the first change: a change takes the post's row in post_comment_counts
     * (a trigger keeps it), and a concurrent reply holds its parent's key share while it waits for that row,
     * so locking a parent after a delete could deadlock with it. The post's thread row comes first of all,
     * as in {@link #add}: the PostDeleted reaction takes it before it removes the counter and the comments.
     */
    @Override
    public void delete(Actor actor, UUID commentId) {
        comments.selectById(commentId).ifPresent(found -> threads.lockTakesComments(found.postId()));
        CommentRow row = liveComment(commentId);
        CommentRules.checkMayDelete(actor, row);
        removal.remove(row);
    }

    @Override
    public void report(Actor actor, UUID commentId) {
        CommentRules.checkMayComment(actor);
        CommentRow row = comments.selectById(commentId)
                .filter(found -> !found.isDeleted() && found.isShownToReaders())
                .orElseThrow(() -> new CommentNotFoundException(commentId));
        if (actor.owns(row.authorId())) {
            throw new CommentRejectedException(Reason.NOT_REPORTABLE,
                    Refusal.of("refused.comment.reportOwn", "You cannot report your own comment."));
        }
        if (moderation.insertReport(commentId, actor.userId()) == 0) {
            throw new CommentRejectedException(Reason.NOT_REPORTABLE,
                    Refusal.of("refused.comment.reportedBefore", "You have already reported this comment."));
        }
        moderation.countReport(commentId);
    }

    @Override
    public void lockThread(Actor moderator, UUID commentId) {
        CommentRow row = threadRoot(moderator, commentId);
        if (row.isLocked()) {
            throw new CommentRejectedException(Reason.THREAD_LOCKED,
                    Refusal.of("refused.comment.lockedBefore", "This conversation is already locked."));
        }
        moderation.lockThread(row.postId(), row.path(), row.id());
    }

    @Override
    public void unlockThread(Actor moderator, UUID commentId) {
        CommentRow row = threadRoot(moderator, commentId);
        if (!row.id().equals(row.lockedRootId())) {
            throw new CommentRejectedException(Reason.THREAD_LOCKED, Refusal.of("refused.comment.unlockElsewhere",
                    "This conversation was not locked from this comment, so it cannot be unlocked here."));
        }
        moderation.unlockThread(row.postId(), row.path(), row.id());
    }

    /** Locked FOR UPDATE after the post's thread row: replies beneath it hold it FOR SHARE until they commit. */
    private CommentRow threadRoot(Actor moderator, UUID commentId) {
        CommentRules.checkMayModerate(moderator);
        comments.selectById(commentId).ifPresent(found -> threads.lockTakesComments(found.postId()));
        return liveComment(commentId);
    }

    @Override
    public void switchComments(Actor actor, UUID postId, UUID postAuthorId, boolean open) {
        if (!actor.mayChangePost(postAuthorId)) {
            throw new NotAllowedException("Only who may change post " + postId + " opens or closes its comments.");
        }
        if (open) {
            threads.reopenByAuthor(postId);
        } else {
            threads.closeByAuthor(postId, actor.userId());
        }
    }

    private CommentPolicy policy() {
        return settings.current().settings().comments();
    }

    private CommentRow liveComment(UUID commentId) {
        CommentRow row = comments.selectByIdForUpdate(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
        if (row.isDeleted()) {
            throw new CommentNotFoundException(commentId);
        }
        return row;
    }

    private static CommentRejectedException badParent() {
        return new CommentRejectedException(Reason.BAD_PARENT, Refusal.of("refused.comment.badParent",
                "The comment you are replying to is not part of this post's thread (it may have been deleted)."));
    }
}
