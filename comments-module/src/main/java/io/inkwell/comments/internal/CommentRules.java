package io.inkwell.comments.internal;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;

/**
 * Who may do what to a comment, asked of the {@link Actor} by every command and by the forms that lead to
 * them. Authors edit their own comments; a moderator may delete anyone's but edits only their own, so no
 * one puts words in another person's mouth.
 */
final class CommentRules {

    private CommentRules() {
    }

    static void checkMayComment(Actor actor) {
        if (!actor.mayComment()) {
            throw new NotAllowedException("Account " + actor.userId() + " may not comment.");
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
