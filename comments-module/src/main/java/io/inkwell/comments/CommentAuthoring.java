package io.inkwell.comments;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.Optional;
import java.util.UUID;

/**
 * A comment as the person about to change it sees it, refused by the rule of the command it leads to:
 * {@link NotAllowedException} when the actor may not, so nobody is shown a form they cannot submit.
 */
public interface CommentAuthoring {

    /** For the edit form: only its author edits a comment. Empty when unknown or deleted. */
    Optional<ThreadComment> forEditing(Actor actor, UUID commentId);

    /** For the delete confirmation: its author, or someone who moderates comments. Empty when unknown or deleted. */
    Optional<ThreadComment> forDeleting(Actor actor, UUID commentId);
}
