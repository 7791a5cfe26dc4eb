package io.inkwell.posts.internal;

import io.inkwell.posts.PostStatus;
import io.inkwell.users.Actor;
import java.util.UUID;

/**
 * Who may edit a post depends on how far it has come: while it is a draft or awaits review, its author (a
 * contributor too) and the editors; once it is scheduled or public, only authors who may publish and the editors.
 * Revisions, autosaves and preview links follow the same rule as the edit form.
 */
final class PostRights {

    private PostRights() {
    }

    static boolean mayEdit(Actor actor, UUID authorId, PostStatus status) {
        return status.isInDraft() ? actor.mayEditDraft(authorId) : actor.mayChangePost(authorId);
    }
}
