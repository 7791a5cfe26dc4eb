package io.inkwell.posts.internal;

import io.inkwell.db.TimeOrderedIds;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The tags a post is saved with: typed names matched to existing tags whatever their case, the others created,
 * and the post's links set to exactly those. Runs inside the post command's transaction, which took
 * {@link #holdTags()} first, and resolves names before the post row is written, so that the lock of tag creation
 * is never awaited while tag rows are locked.
 */
@Component
class PostTagLinks {

    private final TagMapper tags;

    PostTagLinks(TagMapper tags) {
        this.tags = tags;
    }

    /**
     * Every post command calls this before anything else: a post's links and its tags' counters change with its
     * status, edits and deletion, and no tag may be merged or deleted meanwhile.
     */
    void holdTags() {
        tags.lockLinksShared();
    }

    /** The ids of the tags these names stand for, sorted; new names become tags. */
    Set<UUID> resolve(List<String> typed) {
        List<String> names = TagNames.forPost(typed);
        if (names.isEmpty()) {
            return Set.of();
        }
        Map<String, UUID> ids = found(names);
        List<String> missing = names.stream().filter(name -> !ids.containsKey(TagNames.key(name))).toList();
        if (!missing.isEmpty()) {
            tags.lockNames();
            ids.putAll(found(missing));
            missing.stream().filter(name -> !ids.containsKey(TagNames.key(name)))
                    .sorted(Comparator.comparing(TagNames::key))
                    .forEach(name -> ids.put(TagNames.key(name), create(name)));
        }
        return new TreeSet<>(ids.values());
    }

    /** Links a new post to its tags (in id order). */
    void link(UUID postId, Collection<UUID> tagIds) {
        if (!tagIds.isEmpty()) {
            tags.insertLinks(postId, new TreeSet<>(tagIds));
        }
    }

    /** Leaves the post linked to exactly {@code wanted}: removed links first, then new ones, each in id order. */
    void relink(UUID postId, Set<UUID> wanted) {
        Set<UUID> current = new HashSet<>(tags.selectTagIdsOfPost(postId));
        Set<UUID> removed = new TreeSet<>(current);
        removed.removeAll(wanted);
        Set<UUID> added = new TreeSet<>(wanted);
        added.removeAll(current);
        if (!removed.isEmpty()) {
            tags.deleteLinks(postId, removed);
        }
        link(postId, added);
    }

    private Map<String, UUID> found(List<String> names) {
        Map<String, UUID> ids = new HashMap<>();
        tags.selectByNames(names).forEach(tag -> ids.put(TagNames.key(tag.name()), tag.id()));
        return ids;
    }

    /**
     * Under the lock of tag creation no other transaction takes a name or a slug meanwhile. A name the database
     * takes for an existing one (its lower() may fold a character Java's does not) is that tag.
     */
    private UUID create(String name) {
        String base = Slugs.from(name, "tag");
        String slug = Slugs.firstFree(base, tags.selectTakenSlugs(base, null));
        UUID id = TimeOrderedIds.next();
        if (tags.insert(new TagRow(id, name, slug, 0, null)) == 0) {
            return tags.selectByName(name).orElseThrow().id();
        }
        tags.deleteSlugHistory(slug);
        return id;
    }
}
