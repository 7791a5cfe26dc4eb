package io.inkwell.posts.internal;

import io.inkwell.posts.FeedPost;
import io.inkwell.posts.PostFeeds;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PostFeedService implements PostFeeds {

    private final FeedMapper feeds;

    PostFeedService(FeedMapper feeds) {
        this.feeds = feeds;
    }

    @Override
    public List<FeedPost> latest(int size) {
        return feeds.selectLatest(clamp(size));
    }

    @Override
    public List<FeedPost> latestInCategory(UUID categoryId, int size) {
        return feeds.selectLatestInCategory(categoryId, clamp(size));
    }

    @Override
    public List<FeedPost> latestWithTag(UUID tagId, int size) {
        return feeds.selectLatestWithTag(tagId, clamp(size));
    }

    @Override
    public List<FeedPost> latestByAuthor(UUID authorId, int size) {
        return feeds.selectLatestByAuthor(authorId, clamp(size));
    }

    private static int clamp(int requested) {
        return Math.max(1, Math.min(requested, MAX_FEED_SIZE));
    }
}
