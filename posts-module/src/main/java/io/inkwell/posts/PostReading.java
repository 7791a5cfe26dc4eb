package io.inkwell.posts;

import io.inkwell.db.PageRequest;
import io.inkwell.users.Actor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the public pages read: listings, a post's page, trending, search (the feed and the sitemap are PostFeeds'). Listings carry
 * their categories and tags; authors come from the users API. Nothing here shows a draft except to its author.
 */
public interface PostReading {

    /** Published posts older than {@code after} (or the newest when empty), read in index order. */
    Listing<PostSummary> published(Optional<PostCursor> after, int size);

    Listing<PostSummary> publishedInCategory(UUID categoryId, Optional<PostCursor> after, int size);

    /** Published posts with the tag, read along (tag, listed_at) in index order like a category's. */
    Listing<PostSummary> publishedWithTag(UUID tagId, Optional<PostCursor> after, int size);

    Listing<PostSummary> publishedByAuthor(UUID authorId, Optional<PostCursor> after, int size);

    /**
     * The published or archived post at this slug; a post that is not public yet only for its author, admins and
     * editors (actor may be null).
     */
    Optional<PostDetail> findBySlug(String slug, Actor viewer);

    /**
     * Up to {@code limit} (at most 3) published posts related to this one: those sharing the most of its tags
     * (which count double) and categories, near it in time, then those most similar to its title's words, including
     * the author's posts near it; in one indexed statement whatever the number of posts.
     */
    List<RelatedPost> related(UUID postId, int limit);

    /** The current slug of a post that used to live at {@code oldSlug}. */
    Optional<String> currentSlugOf(String oldSlug);

    /** The published posts most viewed in the last 7 days, most views first; read from kept totals. */
    List<TrendingPost> trendingThisWeek(int limit);

    SearchResults search(String query, PageRequest request);

}
