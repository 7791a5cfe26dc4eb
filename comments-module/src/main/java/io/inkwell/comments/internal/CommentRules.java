package io.inkwell.comments.internal;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;

/**
 * Who may do what to a comment, asked of the {@link Actor} by every command and by the forms that lead to
 * them. Authors edit their own comments; a moderator may delete anyone's, approve, hide and lock, but edits
 * only their own, so no one puts words in another person's mouth. Who moderates is the Actor's to say.
 */
final class CommentRules {

    private CommentRules() {
    }

    static void checkMayComment(Actor actor) {
        if (!actor.mayComment()) {
            throw new NotAllowedException("Account " + actor.userId() + " may not comment.");
        }
    }

    static void checkMayModerate(Actor actor) {
        if (!actor.mayModerateComments()) {
            throw new NotAllowedException("Account " + actor.userId() + " may not moderate comments.");
        }
    }

    static void checkMayEdit(Actor actor, CommentRow comment) {
        if (!actor.mayComment() || !actor.owns(comment.authorId())) {
            throw new NotAllowedException("Only its author may edit comment " + comment.id() + ".");
        }
    }

    static void checkMayDelete(Actor actor, CommentRow comment) {
        boolean allowed = actor.owns(comment.authorId()) ? actor.mayComment() : actor.mayModerateComments();
        if (!allowed) {
            throw new NotAllowedException("Only its author or a moderator may delete comment " + comment.id() + ".");
        }
    }
}
