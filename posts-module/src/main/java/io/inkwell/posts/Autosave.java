package io.inkwell.posts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A person's autosave of a post, as "Restore autosave" loads it. {@code baseVersion} is the version of the post the
 * editor had loaded; {@code onCurrentVersion} says whether nobody has saved the post since (else the autosave
 * was made on an older text, and restoring it edits the current one).
 */
public record Autosave(String title, String excerpt, String content, String tags, Set<UUID> categoryIds,
                       int baseVersion, Instant savedAt, boolean onCurrentVersion) {

    public Autosave {
        categoryIds = Set.copyOf(categoryIds);
    }
}
