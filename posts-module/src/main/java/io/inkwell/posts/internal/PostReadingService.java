package io.inkwell.posts.internal;

import io.inkwell.db.PageRequest;
import io.inkwell.posts.Listing;
import io.inkwell.posts.PostCursor;
import io.inkwell.posts.PostDetail;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostSummary;
import io.inkwell.posts.RelatedPost;
import io.inkwell.posts.SearchHit;
import io.inkwell.posts.SearchResults;
import io.inkwell.posts.TrendingPost;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PostReadingService implements PostReading {

    /** Posts nearest in time on each side, per tag, category and the author, that may be related. */
    static final int RELATED_NEAR = 10;
    static final int RELATED_MAX = 3;

    private final PostMapper posts;
    private final TagMapper tags;
    private final PostLinks links;
    private final ViewCounter views;
    private final RelatedPostMapper related;
    private final SiteSettings site;

    PostReadingService(PostMapper posts, TagMapper tags, PostLinks links, ViewCounter views, RelatedPostMapper related,
                       SiteSettings site) {
        this.posts = posts;
        this.tags = tags;
        this.links = links;
        this.views = views;
        this.related = related;
        this.site = site;
    }

    @Override
    public Listing<PostSummary> published(Optional<PostCursor> after, int size) {
        return listing(posts.selectPublished(Cursor.of(after), size + 1), size);
    }

    @Override
    public Listing<PostSummary> publishedInCategory(UUID categoryId, Optional<PostCursor> after, int size) {
        return listing(posts.selectPublishedInCategory(categoryId, Cursor.of(after), size + 1), size);
    }

    @Override
    public Listing<PostSummary> publishedWithTag(UUID tagId, Optional<PostCursor> after, int size) {
        return listing(tags.selectPublishedWithTag(tagId, Cursor.of(after), size + 1), size);
    }

    @Override
    public Listing<PostSummary> publishedByAuthor(UUID authorId, Optional<PostCursor> after, int size) {
        return listing(posts.selectPublishedByAuthor(authorId, Cursor.of(after), size + 1), size);
    }

    @Override
    public Optional<PostDetail> findBySlug(String slug, Actor viewer) {
        List<DetailRow> rows = posts.selectDetailBySlug(slug);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        DetailRow post = rows.get(0);
        if (post.status().isPrivate() && (viewer == null
                || !(viewer.mayModify(post.authorId()) || viewer.mayEditAnyPost()))) {
            return Optional.empty();
        }
        return Optional.of(PostDetails.of(rows, views.pending(post.id())));
    }

    @Override
    public List<RelatedPost> related(UUID postId, int limit) {
        return related.selectRelated(postId, RELATED_NEAR, Math.max(1, Math.min(limit, RELATED_MAX)));
    }

    @Override
    public Optional<String> currentSlugOf(String oldSlug) {
        return posts.selectSlugByOldSlug(oldSlug);
    }

    @Override
    public List<TrendingPost> trendingThisWeek(int limit) {
        List<TrendingRow> rows = posts.selectTrendingThisWeek(Math.max(1, Math.min(limit, 100)));
        PostLinks.Links linked = links.of(rows.stream().map(row -> row.summary().id()).toList());
        return rows.stream().map(row -> new TrendingPost(linked.summaryOf(row.summary()), row.viewsThisWeek())).toList();
    }

    /**
     * The query is read in the site's language (its word forms, its stop words), whatever each post's own: a post
     * is indexed in its language, so on a German site "Häuser" finds a German post about a "Haus".
     */
    @Override
    public SearchResults search(String query, PageRequest request) {
        SearchTerms bounded = SearchTerms.of(query);
        if (bounded.isNotSearched()) {
            return SearchResults.none(bounded.text(), request.size(), bounded.problem());
        }
        String terms = bounded.text();
        String language = site.current().settings().language().code();
        // Only the page's rows: each costs a snippet, and every row carries the number of candidates, which says
        // whether a next page exists (the pages go no further than the candidates ranked).
        List<SearchRow> shown = posts.search(language, terms, request.size(), request.offset());
        boolean hasNext = !shown.isEmpty() && request.offset() + shown.size() < shown.get(0).matches();
        long total = !shown.isEmpty() ? shown.get(0).matches()
                : request.page() == 1 ? 0 : posts.countSearchHits(language, terms, SearchResults.COUNT_CAP + 1);
        boolean capped = total > SearchResults.COUNT_CAP;
        PostLinks.Links linked = links.of(shown.stream().map(SearchRow::id).toList());
        List<SearchHit> hits = shown.stream().map(row -> new SearchHit(linked.summaryOf(row.summary()),
                SearchSnippets.toHtml(row.headline()))).toList();
        return new SearchResults(terms, hits, request.page(), request.size(), capped ? SearchResults.COUNT_CAP : total,
                capped, hasNext, null);
    }

    private Listing<PostSummary> listing(List<SummaryRow> rows, int size) {
        boolean hasNext = rows.size() > size;
        List<SummaryRow> shown = hasNext ? rows.subList(0, size) : rows;
        SummaryRow last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        PostCursor next = hasNext ? new PostCursor(last.publishedAt(), last.id()) : null;
        return new Listing<>(links.summaries(shown), next);
    }
}
