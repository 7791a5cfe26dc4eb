package io.inkwell.posts.internal;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.posts.PostLimits;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps a revision of every save, inside the saving command's transaction and under its lock of the post or page
 * row, so revision numbers follow each other without gaps. A save that stores exactly what the newest revision
 * holds keeps none. Once a post has more than {@link PostLimits#REVISIONS_KEPT} revisions, the one that falls out of
 * that window is marked for the background pruning unless it was published.
 */
@Component
class RevisionRecorder {

    private static final UUID[] NO_IDS = new UUID[0];
    private static final String[] NO_NAMES = new String[0];

    private final RevisionMapper revisions;

    RevisionRecorder(RevisionMapper revisions) {
        this.revisions = revisions;
    }

    void postSaved(UUID postId, PostFields fields, Set<UUID> categoryIds, List<String> tagNames, UUID savedBy,
                   boolean published) {
        UUID[] categories = categoryIds.stream().sorted().toArray(UUID[]::new);
        String[] tags = tagNames.stream().sorted(String.CASE_INSENSITIVE_ORDER).toArray(String[]::new);
        saved(new RevisionRow(null, postId, null, 0, fields.title(), fields.excerpt(), fields.content(), categories, tags,
                savedBy, null, published));
    }

    void pageSaved(UUID pageId, String title, String content, UUID savedBy, boolean published) {
        saved(new RevisionRow(null, null, pageId, 0, title, null, content, NO_IDS, NO_NAMES, savedBy, null, published));
    }

    /** These posts were just published: their newest revisions are what went public. */
    void postsPublished(Collection<UUID> postIds) {
        if (!postIds.isEmpty()) {
            revisions.markNewestOfPostsPublished(postIds);
        }
    }

    void pagePublished(UUID pageId) {
        revisions.markNewestOfPagePublished(pageId);
    }

    private void saved(RevisionRow text) {
        Optional<RevisionRow> newest = revisions.selectNewest(text.postId(), text.pageId());
        if (newest.isPresent() && sameText(newest.get(), text)) {
            if (text.published() && !newest.get().published()) {
                revisions.markPublished(newest.get().id());
            }
            return;
        }
        int number = newest.map(row -> row.number() + 1).orElse(1);
        revisions.insert(new RevisionRow(TimeOrderedIds.next(), text.postId(), text.pageId(), number, text.title(),
                text.excerpt(), text.content(), text.categoryIds(), text.tagNames(), text.savedBy(), null, text.published()));
        if (number > PostLimits.REVISIONS_KEPT) {
            revisions.markPrunable(text.postId(), text.pageId(), number - PostLimits.REVISIONS_KEPT);
        }
    }

    private static boolean sameText(RevisionRow a, RevisionRow b) {
        return a.title().equals(b.title()) && Objects.equals(a.excerpt(), b.excerpt()) && a.content().equals(b.content())
                && Arrays.equals(a.categoryIds(), b.categoryIds()) && Arrays.equals(a.tagNames(), b.tagNames());
    }
}
