package io.inkwell.posts;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an open editor does besides saving: autosaves for the person typing (never a change of the post) and
 * tells people editing one post about each other. Everything needs the right to edit the post (else
 * {@link NotAllowedException}); a post that is gone is a {@link PostNotFoundException}. Someone counts as having
 * the editor open for {@link #PRESENCE_MINUTES} minutes after its page or its script was last heard from.
 */
public interface PostEditing {

    int PRESENCE_MINUTES = 2;

    /** The editor opens: the person is counted in, and told who else is there and whether their autosave is newer. */
    EditorSession open(Actor actor, UUID postId);

    /**
     * Keeps {@code draft} as the actor's autosave of the post, if the post still has the version the editor
     * loaded ({@code baseVersion}); else {@link StalePostException} and nothing is stored. Over-long fields are an
     * {@link InvalidPostException}. Returns who else has the editor open.
     */
    List<EditorPresence> autosave(Actor actor, UUID postId, int baseVersion, AutosaveDraft draft);

    /** The editor is still open (the script's call when nothing changed); returns who else has it open. */
    List<EditorPresence> stillEditing(Actor actor, UUID postId);

    Optional<Autosave> autosaveOf(Actor actor, UUID postId);

    void discardAutosave(Actor actor, UUID postId);
}
