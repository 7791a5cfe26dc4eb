package io.inkwell.posts.internal;

import io.inkwell.db.Page;
import io.inkwell.posts.CategoryRef;
import io.inkwell.posts.PostSummary;
import io.inkwell.posts.TagRef;
import io.inkwell.posts.internal.LinkRow.LinkKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The categories and tags of a page of posts, read in one statement whatever the page's size, and put on its
 * cards: tags on cards cost listings no statement of their own.
 */
@Component
class PostLinks {

    private final PostMapper posts;

    PostLinks(PostMapper posts) {
        this.posts = posts;
    }

    List<PostSummary> summaries(List<SummaryRow> rows) {
        Links links = of(rows.stream().map(SummaryRow::id).toList());
        return rows.stream().map(links::summaryOf).toList();
    }

    Page<PostSummary> summaries(Page<SummaryRow> page) {
        Links links = of(page.items().stream().map(SummaryRow::id).toList());
        return page.map(links::summaryOf);
    }

    /** One statement for a whole page of posts. */
    Links of(List<UUID> postIds) {
        Map<UUID, List<CategoryRef>> categories = new HashMap<>();
        Map<UUID, List<TagRef>> tags = new HashMap<>();
        if (!postIds.isEmpty()) {
            for (LinkRow link : posts.selectLinks(postIds)) {
                if (link.kind() == LinkKind.CATEGORY) {
                    categories.computeIfAbsent(link.postId(), id -> new ArrayList<>())
                            .add(new CategoryRef(link.id(), link.name(), link.slug()));
                } else {
                    tags.computeIfAbsent(link.postId(), id -> new ArrayList<>()).add(new TagRef(link.id(), link.name(), link.slug()));
                }
            }
        }
        return new Links(categories, tags);
    }

    /** The categories and tags of some posts, each list in the statement's order (alphabetical). */
    record Links(Map<UUID, List<CategoryRef>> categories, Map<UUID, List<TagRef>> tags) {

        PostSummary summaryOf(SummaryRow row) {
            return row.toSummary(categories.getOrDefault(row.id(), List.of()), tags.getOrDefault(row.id(), List.of()));
        }
    }
}
