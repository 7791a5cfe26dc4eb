package io.inkwell.posts.internal;

import io.inkwell.posts.FeedPost;
import io.inkwell.posts.PostFeeds;
import io.inkwell.posts.SitemapEntry;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PostFeedService implements PostFeeds {

    private final PostMapper posts;
    private final TagMapper tags;

    PostFeedService(PostMapper posts, TagMapper tags) {
        this.posts = posts;
        this.tags = tags;
    }

    @Override
    public List<FeedPost> latest(int size) {
        return posts.selectFeedPosts(clamp(size, MAX_FEED_SIZE));
    }

    @Override
    public List<FeedPost> latestWithTag(UUID tagId, int size) {
        return tags.selectFeedPostsWithTag(tagId, clamp(size, MAX_FEED_SIZE));
    }

    @Override
    public List<SitemapEntry> sitemap(int limit) {
        return posts.selectSitemap(clamp(limit, MAX_SITEMAP_SIZE));
    }

    private static int clamp(int requested, int max) {
        return Math.max(1, Math.min(requested, max));
    }
}
