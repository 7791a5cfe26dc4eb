package io.inkwell.posts;

import java.util.List;
import java.util.UUID;

/**
 * What feed readers and search engines read: the newest published posts with their full rendered content,
 * and the address of every published post. Each is one statement along the published-posts index.
 */
public interface PostFeeds {

    /** At most this many posts in a feed, however many are asked for. */
    int MAX_FEED_SIZE = 50;

    /** At most this many addresses in one sitemap, the sitemaps protocol's limit per file. */
    int MAX_SITEMAP_SIZE = 50_000;

    /** The newest published posts, newest first, with their stored sanitised HTML. */
    List<FeedPost> latest(int size);

    /** The newest published posts with the tag, newest first, read along the tag's listing index. */
    List<FeedPost> latestWithTag(UUID tagId, int size);

    /** Published posts' slugs with their last change, newest published first. */
    List<SitemapEntry> sitemap(int limit);
}
