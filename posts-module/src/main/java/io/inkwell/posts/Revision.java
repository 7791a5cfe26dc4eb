package io.inkwell.posts;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One saved state of a post or a page, as "Restore this revision" loads it into the editor. {@code excerpt} is as
 * typed (null: the start of the text); {@code categoryIds} are those that still exist; pages have neither
 * categories nor tags.
 */
public record Revision(int number, String title, String excerpt, String content, Set<UUID> categoryIds,
                       List<String> tagNames, UUID savedBy, Instant savedAt, boolean published) {

    public Revision {
        categoryIds = Set.copyOf(categoryIds);
        tagNames = List.copyOf(tagNames);
    }

    public RevisionSummary summary() {
        return new RevisionSummary(number, title, savedBy, savedAt, published);
    }
}
