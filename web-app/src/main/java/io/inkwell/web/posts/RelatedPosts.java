package io.inkwell.web.posts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.RelatedPost;
import io.inkwell.web.cache.PagesExpired;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The related posts a post page shows, kept per post: their one statement is the post page's most expensive
 * (~3 ms of PostgreSQL at 1M posts, planning included, against well under 1 ms for each of the others), and what it
 * finds changes only when posts do. Forgotten whenever the kept pages are ({@link PagesExpired}: any write through
 * any instance, a scheduled post going out), and after {@link #TIME_TO_LIVE} at most while an instance cannot hear
 * the others.
 */
@Component
class RelatedPosts {

    static final int SHOWN = 3;
    static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);
    /** A list of three titles and slugs is well under 1 KB: a few MB at most. */
    private static final long MAX_POSTS = 10_000;

    private final PostReading posts;
    private final Cache<UUID, List<RelatedPost>> kept = Caffeine.newBuilder()
            .expireAfterWrite(TIME_TO_LIVE).maximumSize(MAX_POSTS).build();

    RelatedPosts(PostReading posts) {
        this.posts = posts;
    }

    List<RelatedPost> of(UUID postId) {
        return kept.get(postId, id -> posts.related(id, SHOWN));
    }

    @EventListener
    void pagesExpired(PagesExpired expired) {
        kept.invalidateAll();
    }
}
