package io.inkwell.posts.internal;

import io.inkwell.posts.FeedPost;
import io.inkwell.posts.PostFeeds;
import io.inkwell.posts.SitemapEntry;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PostFeedService implements PostFeeds {

    private final PostMapper posts;

    PostFeedService(PostMapper posts) {
        this.posts = posts;
    }

    @Override
    public List<FeedPost> latest(int size) {
        return posts.selectFeedPosts(clamp(size, MAX_FEED_SIZE));
    }

    @Override
    public List<SitemapEntry> sitemap(int limit) {
        return posts.selectSitemap(clamp(limit, MAX_SITEMAP_SIZE));
    }

    private static int clamp(int requested, int max) {
        return Math.max(1, Math.min(requested, max));
    }
}
