package io.inkwell.posts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the public side reads of static pages: a published page by slug (drafts are nobody's to read here, admins
 * preview them in the editor), the redirect of a renamed page, search hits and the sitemap's addresses. Each is one
 * statement on an index of the {@code pages} tables.
 */
public interface PageReading {

    /** At most this many pages are shown above a search's posts. */
    int MAX_SEARCH_HITS = 3;

    /** The published page at this slug. */
    Optional<PageView> published(String slug);

    /** The current slug of a published page that used to live at {@code oldSlug}. */
    Optional<String> currentSlugOf(String oldSlug);

    /**
     * Published pages matching what a reader typed, best first, at most {@code limit} (and {@link #MAX_SEARCH_HITS});
     * none, without a statement, when the query is empty or refused by the search rules ({@link SearchResults}).
     */
    List<PageHit> search(String query, int limit);

    /**
     * Published pages' slugs (each at {@code /{slug}}) with their last change, newest published first, at most
     * {@code limit} (and a sitemap file's {@link PostSitemaps#MAX_FILE_SIZE}).
     */
    List<SitemapEntry> sitemap(int limit);

    /** Every published page by title, for menus to choose from (a site has a handful). */
    List<PageSummary> publishedByTitle();

    /** The published pages of these ids in one statement (menus resolve their items with it); others are absent. */
    List<PageSummary> publishedByIds(Collection<UUID> ids);
}
