package io.inkwell.posts.internal;

import io.inkwell.posts.ExportedPage;
import io.inkwell.posts.ExportedPost;
import io.inkwell.posts.PostExports;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PostExportService implements PostExports {

    /** A batch holds at most this many posts, whatever is asked: their texts are up to 200,000 characters each. */
    static final int BATCH_MAX = 500;

    private final PostMapper posts;
    private final PageMapper pages;

    PostExportService(PostMapper posts, PageMapper pages) {
        this.posts = posts;
        this.pages = pages;
    }

    @Override
    public List<ExportedPost> posts(Actor actor, Optional<UUID> after, int size) {
        requireExchange(actor);
        List<PostRow> rows = posts.selectExportBatch(after.orElse(null), bounded(size));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> categories = new HashMap<>();
        Map<UUID, List<String>> tags = new HashMap<>();
        for (LinkRow link : posts.selectLinks(rows.stream().map(PostRow::id).toList())) {
            (link.kind() == LinkRow.LinkKind.CATEGORY ? categories : tags)
                    .computeIfAbsent(link.postId(), id -> new ArrayList<>()).add(link.name());
        }
        return rows.stream().map(row -> new ExportedPost(row.id(), row.authorId(), row.title(), row.slug(), row.content(),
                row.contentHtml(), row.excerpt(), row.featuredImageUrl(), row.status(), row.publishedAt(), row.createdAt(),
                row.updatedAt(), categories.getOrDefault(row.id(), List.of()), tags.getOrDefault(row.id(), List.of()),
                row.language()))
                .toList();
    }

    @Override
    public List<ExportedPage> pages(Actor actor, Optional<UUID> after, int size) {
        requireExchange(actor);
        return pages.selectExportBatch(after.orElse(null), bounded(size)).stream()
                .map(row -> new ExportedPage(row.id(), row.title(), row.slug(), row.content(), row.contentHtml(), row.excerpt(),
                        row.status(), row.publishedAt(), row.createdAt(), row.updatedAt(), row.language()))
                .toList();
    }

    @Override
    public List<UUID> authorIds(Actor actor) {
        requireExchange(actor);
        return posts.selectAuthorIds();
    }

    private static int bounded(int size) {
        return Math.max(1, Math.min(BATCH_MAX, size));
    }

    private static void requireExchange(Actor actor) {
        if (!actor.mayExchangeContent()) {
            throw new NotAllowedException("Only active admins export the site; refused to " + actor.userId());
        }
    }
}
