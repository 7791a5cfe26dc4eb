package io.inkwell.posts;

import java.util.Set;
import java.util.UUID;

/** What the editor's script sends every 30 seconds: the fields as typed, the Tags field as its text. */
public record AutosaveDraft(String title, String excerpt, String content, String tags, Set<UUID> categoryIds) {

    public AutosaveDraft {
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
    }
}
