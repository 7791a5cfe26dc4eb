package io.inkwell.posts;

import java.util.List;
import java.util.UUID;

/**
 * What feed readers read: the newest published posts with their full rendered content, of the whole site, of
 * one category, one tag or one author. Each is one statement along an index in the feed's order, stopped after
 * the feed's size. Posts hidden from search engines are in feeds: readers chose to follow them.
 */
public interface PostFeeds {

    /** At most this many posts in a feed, however many are asked for. */
    int MAX_FEED_SIZE = 50;

    /** The newest published posts, newest first, with their stored sanitised HTML. */
    List<FeedPost> latest(int size);

    /** The same, of the posts filed under the category (read along its listing index). */
    List<FeedPost> latestInCategory(UUID categoryId, int size);

    /** The same, of the author's posts. */
    List<FeedPost> latestByAuthor(UUID authorId, int size);

    /** The same, of the posts with the tag (read along the tag's listing index). */
    List<FeedPost> latestWithTag(UUID tagId, int size);
}
