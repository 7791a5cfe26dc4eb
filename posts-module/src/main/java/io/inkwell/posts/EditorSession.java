package io.inkwell.posts;

import java.util.List;
import java.util.Optional;

/**
 * What opening a post's editor tells the person: who else has it open, and their own autosave when it holds
 * text the saved post does not.
 */
public record EditorSession(List<EditorPresence> othersEditing, Optional<Autosave> autosave) {

    public EditorSession {
        othersEditing = List.copyOf(othersEditing);
    }
}
