package io.inkwell.comments;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.UUID;

/**
 * Write side of the comments context; each call is one transaction. Each asks the actor first: an active
 * account may comment and edit or delete its own comments, a moderator may delete anyone's but edit only
 * their own; anyone else gets {@link NotAllowedException}. Other failures are the exceptions of this
 * package ({@link CommentRejectedException} and its kinds, {@link CommentNotFoundException}).
 */
public interface CommentCommands {

    /** A new top-level comment, or a reply when {@link AddComment#parentId()} is set; returns its id. */
    UUID add(Actor actor, AddComment command);

    void edit(Actor actor, EditComment command);

    /** With replies the comment keeps its place as "[deleted]"; without, it is removed. */
    void delete(Actor actor, UUID commentId);
}
