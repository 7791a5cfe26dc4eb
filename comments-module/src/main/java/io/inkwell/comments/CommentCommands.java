package io.inkwell.comments;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.UUID;

/**
 * Write side of the comments context; each call is one transaction. Each asks the actor first: an active
 * account may comment, report others' comments and edit or delete its own; a moderator may also delete anyone's
 * and lock threads, but edits only their own; anyone else gets {@link NotAllowedException}. Other failures are
 * the exceptions of this package ({@link CommentRejectedException} and its kinds, {@link CommentNotFoundException}).
 *
 * <p>A new comment follows the site's comment policy: it appears at once, or waits for a moderator, or is kept as
 * spam without a word to its sender ({@link PostedComment#awaitingModeration()} says the first from the others).
 */
public interface CommentCommands {

    /** A new top-level comment, or a reply when {@link AddComment#parentId()} is set. */
    PostedComment add(Actor actor, AddComment command);

    /**
     * The same without an account, when the site's settings allow it ({@link NotAllowedException} otherwise): held
     * until a comment under the same email has been approved.
     */
    PostedComment addAsGuest(GuestAuthor guest, AddComment command);

    /** New text; a comment that now breaks the links or words rules waits for a moderator again. */
    void edit(Actor actor, EditComment command);

    /** With replies the comment keeps its place as "[deleted]"; without, it is removed. */
    void delete(Actor actor, UUID commentId);

    /** Once per reader, never one's own comment; enough reports put it in the moderation queue's "Reported" tab. */
    void report(Actor actor, UUID commentId);

    /** No new replies beneath the comment (moderators may still reply). */
    void lockThread(Actor moderator, UUID commentId);

    /** Undoes {@link #lockThread}, on the comment the thread was locked from. */
    void unlockThread(Actor moderator, UUID commentId);

    /**
     * Opens or closes a post's comments ("Comments open" in the editor), for whoever may change the post: its
     * author, or an editor. The posts context knows the post's author; the caller passes it on.
     */
    void switchComments(Actor actor, UUID postId, UUID postAuthorId, boolean open);
}
