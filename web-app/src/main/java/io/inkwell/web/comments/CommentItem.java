package io.inkwell.web.comments;

import java.time.Instant;
import java.util.UUID;

/**
 * One comment as the thread template shows it. {@code indent} is the depth capped at
 * {@link CommentSection#MAX_INDENT}; {@code continueThread} marks a comment at the cap whose
 * replies read better on their own page. {@code awaitingModeration}, {@code hidden} and {@code locked} are the
 * marks its author or a moderator sees; the {@code may…} flags which buttons this reader gets. {@code replySignedIn}
 * and {@code replyAsGuest} say which reply link the reader gets, {@code replyFormOpen} whether the page opens the
 * reply form under it.
 *
 * <p>What the template would otherwise work out per comment (its id and class attributes, whether any mark or any
 * of the editing buttons shows) is answered here: a page of a hundred comments evaluates each template expression a
 * hundred times. The exact time shown when a comment's time is pointed at is written by the template
 * ({@code #site.exactTime}): the list is kept rendered, so it is formatted only when the list is rendered anew.
 */
public record CommentItem(
        UUID id,
        String authorName,
        String html,
        boolean edited,
        boolean deleted,
        Instant createdAt,
        String ago,
        int indent,
        boolean continueThread,
        boolean mayEdit,
        boolean mayDelete,
        boolean awaitingModeration,
        boolean hidden,
        boolean locked,
        boolean mayReply,
        boolean mayReport,
        boolean mayLock,
        boolean mayUnlock,
        boolean replySignedIn,
        boolean replyAsGuest,
        boolean replyFormOpen) {

    public String domId() {
        return "comment-" + id;
    }

    public String cssClass() {
        return "comment indent-" + indent + (deleted ? " deleted" : "") + (awaitingModeration || hidden ? " withheld" : "");
    }

    /** Edited, awaiting moderation, hidden or locked. */
    public boolean marked() {
        return edited || awaitingModeration || hidden || locked;
    }

    /** Edit, delete, report, lock or unlock. */
    public boolean mayChange() {
        return mayEdit || mayDelete || mayReport || mayLock || mayUnlock;
    }
}
