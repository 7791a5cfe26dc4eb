package io.inkwell.posts.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one place views are written. Today one atomic increment per view; batching views in memory (or in
 * post_view_counts) later changes this class only.
 */
@Component
class ViewCounter {

    private final PostMapper posts;

    ViewCounter(PostMapper posts) {
        this.posts = posts;
    }

    void record(UUID postId) {
        posts.incrementViewCount(postId, 1);
    }
}
