package io.inkwell.posts.internal;

import io.inkwell.db.Page;
import io.inkwell.posts.CategoryRef;
import io.inkwell.posts.PostSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The categories of a page of posts, read in one statement whatever the page's size, and put on its cards. */
@Component
class PostCategoryLinks {

    private final PostMapper posts;

    PostCategoryLinks(PostMapper posts) {
        this.posts = posts;
    }

    List<PostSummary> summaries(List<SummaryRow> rows) {
        Map<UUID, List<CategoryRef>> categories = byPost(rows.stream().map(SummaryRow::id).toList());
        return rows.stream().map(row -> row.toSummary(categories.getOrDefault(row.id(), List.of()))).toList();
    }

    Page<PostSummary> summaries(Page<SummaryRow> page) {
        Map<UUID, List<CategoryRef>> categories = byPost(page.items().stream().map(SummaryRow::id).toList());
        return page.map(row -> row.toSummary(categories.getOrDefault(row.id(), List.of())));
    }

    /** One statement for a whole page of posts. */
    Map<UUID, List<CategoryRef>> byPost(List<UUID> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return posts.selectCategoryLinks(postIds).stream().collect(Collectors.groupingBy(CategoryLinkRow::postId,
                LinkedHashMap::new, Collectors.mapping(link -> new CategoryRef(link.id(), link.name(), link.slug()),
                        Collectors.toList())));
    }
}
