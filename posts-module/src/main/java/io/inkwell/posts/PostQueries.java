package io.inkwell.posts;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.users.Actor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read side of the posts context. Listings carry their categories; authors come from the users API. */
public interface PostQueries {

    /** Published posts, newest first, by page number (offset); kept for callers that need numbers. */
    Page<PostSummary> latestPublished(PageRequest request);

    /** Published posts older than {@code after} (or the newest when empty), read in index order. */
    Listing<PostSummary> published(Optional<PostCursor> after, int size);

    Listing<PostSummary> publishedInCategory(UUID categoryId, Optional<PostCursor> after, int size);

    Listing<PostSummary> publishedByAuthor(UUID authorId, Optional<PostCursor> after, int size);

    /** An author's own posts of every status (or one status), newest first; counted, for their dashboard. */
    Page<PostSummary> ownPosts(UUID authorId, PostStatus status, PageRequest request);

    /** The published or archived post at this slug; drafts only for their author and admins (actor may be null). */
    Optional<PostDetail> findBySlug(String slug, Actor viewer);

    /** The current slug of a post that used to live at {@code oldSlug}. */
    Optional<String> currentSlugOf(String oldSlug);

    /** For the edit form; throws {@link PostNotFoundException} or {@link PostAccessDeniedException}. */
    PostForEditing forEditing(UUID postId, Actor actor);

    List<PostSummary> byIds(Collection<UUID> ids);

    /** The published posts most viewed in the last 7 days, most views first; read from kept totals. */
    List<TrendingPost> trendingThisWeek(int limit);

    SearchResults search(String query, PageRequest request);

    Page<PostSummary> adminPosts(AdminPostFilter filter, PageRequest request);

    Map<PostStatus, Long> countByStatus();

    /** The last {@code weeks} weeks, oldest first, weeks without posts included as zero. */
    List<WeeklyCount> publishedPerWeek(int weeks);

    List<SitemapEntry> sitemap(int limit);

    /** Comments may only be added to published posts. */
    boolean isPublished(UUID postId);
}
