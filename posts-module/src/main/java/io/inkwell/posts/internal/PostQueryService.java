package io.inkwell.posts.internal;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.db.StorableText;
import io.inkwell.posts.AdminPostFilter;
import io.inkwell.posts.CategoryRef;
import io.inkwell.posts.Listing;
import io.inkwell.posts.PostAccessDeniedException;
import io.inkwell.posts.PostCursor;
import io.inkwell.posts.PostDetail;
import io.inkwell.posts.PostForEditing;
import io.inkwell.posts.PostNotFoundException;
import io.inkwell.posts.PostQueries;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostSummary;
import io.inkwell.posts.SearchHit;
import io.inkwell.posts.SearchResults;
import io.inkwell.posts.SitemapEntry;
import io.inkwell.posts.TrendingPost;
import io.inkwell.posts.WeeklyCount;
import io.inkwell.users.Actor;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PostQueryService implements PostQueries {

    private final PostMapper posts;
    private final ViewCounter views;
    private final Clock clock;

    PostQueryService(PostMapper posts, ViewCounter views) {
        this.posts = posts;
        this.views = views;
        this.clock = Clock.systemUTC();
    }

    @Override
    public Page<PostSummary> latestPublished(PageRequest request) {
        // No count(*) over every published post per request: one extra row tells whether a next page exists.
        Page<SummaryRow> rows = PagedQueries.uncounted(request, posts::selectPublishedSummaries);
        return withCategories(rows);
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
    public Listing<PostSummary> publishedByAuthor(UUID authorId, Optional<PostCursor> after, int size) {
        return listing(posts.selectPublishedByAuthor(authorId, Cursor.of(after), size + 1), size);
    }

    @Override
    public Page<PostSummary> ownPosts(UUID authorId, PostStatus status, PageRequest request) {
        return withCategories(PagedQueries.counted(request, () -> posts.selectByAuthor(authorId, status)));
    }

    @Override
    public Optional<PostDetail> findBySlug(String slug, Actor viewer) {
        List<DetailRow> rows = posts.selectDetailBySlug(slug);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        DetailRow post = rows.get(0);
        if (post.status() == PostStatus.DRAFT && (viewer == null || !viewer.mayModify(post.authorId()))) {
            return Optional.empty();
        }
        List<CategoryRef> categories = rows.stream().filter(row -> row.categoryId() != null)
                .map(row -> new CategoryRef(row.categoryId(), row.categoryName(), row.categorySlug())).toList();
        return Optional.of(new PostDetail(post.id(), post.authorId(), post.title(), post.slug(), post.contentHtml(),
                post.excerpt(), post.featuredImageUrl(), post.status(), post.viewCount() + views.pending(post.id()), post.publishedAt(),
                post.updatedAt(), post.readingMinutes(), categories));
    }

    @Override
    public Optional<String> currentSlugOf(String oldSlug) {
        return posts.selectSlugByOldSlug(oldSlug);
    }

    @Override
    public PostForEditing forEditing(UUID postId, Actor actor) {
        PostRow row = posts.selectById(postId).orElseThrow(() -> new PostNotFoundException("No post " + postId));
        if (!actor.mayModify(row.authorId())) {
            throw new PostAccessDeniedException("Only the author or an admin may edit this post.");
        }
        // A derived excerpt is shown as blank, so it keeps following the text when the author edits it.
        String excerpt = Objects.equals(row.excerpt(), Excerpts.fromHtml(row.contentHtml())) ? null : row.excerpt();
        return new PostForEditing(row.id(), row.authorId(), row.title(), row.slug(), row.content(), excerpt,
                row.featuredImageUrl(), row.status(), row.version(), new HashSet<>(posts.selectCategoryIds(postId)));
    }

    @Override
    public List<PostSummary> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, PostSummary> found = withCategories(posts.selectByIds(List.copyOf(new HashSet<>(ids)))).stream()
                .collect(Collectors.toMap(PostSummary::id, Function.identity()));
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<TrendingPost> trendingThisWeek(int limit) {
        List<TrendingRow> rows = posts.selectTrendingThisWeek(Math.max(1, Math.min(limit, 100)));
        Map<UUID, List<CategoryRef>> categories = categoriesOf(rows.stream().map(row -> row.summary().id()).toList());
        return rows.stream().map(row -> new TrendingPost(
                row.summary().toSummary(categories.getOrDefault(row.summary().id(), List.of())), row.viewsThisWeek())).toList();
    }

    @Override
    public SearchResults search(String query, PageRequest request) {
        SearchTerms bounded = SearchTerms.of(query);
        if (bounded.isNotSearched()) {
            return SearchResults.none(bounded.text(), request.size(), bounded.problem());
        }
        String terms = bounded.text();
        List<SearchRow> rows = posts.search(terms, request.size() + 1, request.offset());
        boolean hasNext = rows.size() > request.size();
        List<SearchRow> shown = hasNext ? rows.subList(0, request.size()) : rows;
        long total = !shown.isEmpty() ? shown.get(0).matches()
                : request.page() == 1 ? 0 : posts.countSearchHits(terms, SearchResults.COUNT_CAP + 1);
        boolean capped = total > SearchResults.COUNT_CAP;
        Map<UUID, List<CategoryRef>> categories = categoriesOf(shown.stream().map(SearchRow::id).toList());
        List<SearchHit> hits = shown.stream().map(row -> new SearchHit(
                row.summary().toSummary(categories.getOrDefault(row.id(), List.of())),
                SearchSnippets.toHtml(row.headline()))).toList();
        return new SearchResults(terms, hits, request.page(), request.size(), capped ? SearchResults.COUNT_CAP : total,
                capped, hasNext, null);
    }

    @Override
    public Page<PostSummary> adminPosts(AdminPostFilter filter, PageRequest request) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : StorableText.clean(filter.text()).strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        AdminPostFilter escaped = new AdminPostFilter(filter.status(), filter.authorId(), filter.categoryId(), text);
        return withCategories(PagedQueries.counted(request, () -> posts.selectForAdmin(escaped)));
    }

    @Override
    public Map<PostStatus, Long> countByStatus() {
        Map<PostStatus, Long> counts = new EnumMap<>(PostStatus.class);
        for (PostStatus status : PostStatus.values()) {
            counts.put(status, 0L);
        }
        posts.countByStatus().forEach(row -> counts.put(row.status(), row.count()));
        return counts;
    }

    @Override
    public List<WeeklyCount> publishedPerWeek(int weeks) {
        int span = Math.max(1, Math.min(weeks, 104));
        LocalDate thisWeek = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(span - 1L);
        Map<LocalDate, Long> counts = posts.countPublishedPerWeek(first.atStartOfDay(ZoneOffset.UTC).toInstant()).stream()
                .collect(Collectors.toMap(WeekRow::weekStart, WeekRow::count));
        List<WeeklyCount> result = new ArrayList<>(span);
        for (LocalDate week = first; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
            result.add(new WeeklyCount(week, counts.getOrDefault(week, 0L)));
        }
        return result;
    }

    @Override
    public List<SitemapEntry> sitemap(int limit) {
        return posts.selectSitemap(Math.max(1, Math.min(limit, 50_000)));
    }

    @Override
    public boolean isPublished(UUID postId) {
        return posts.isPublished(postId);
    }

    private Listing<PostSummary> listing(List<SummaryRow> rows, int size) {
        boolean hasNext = rows.size() > size;
        List<SummaryRow> shown = hasNext ? rows.subList(0, size) : rows;
        SummaryRow last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        PostCursor next = hasNext ? new PostCursor(last.publishedAt(), last.id()) : null;
        return new Listing<>(withCategories(shown), next);
    }

    private List<PostSummary> withCategories(List<SummaryRow> rows) {
        Map<UUID, List<CategoryRef>> categories = categoriesOf(rows.stream().map(SummaryRow::id).toList());
        return rows.stream().map(row -> row.toSummary(categories.getOrDefault(row.id(), List.of()))).toList();
    }

    private Page<PostSummary> withCategories(Page<SummaryRow> page) {
        Map<UUID, List<CategoryRef>> categories = categoriesOf(page.items().stream().map(SummaryRow::id).toList());
        return page.map(row -> row.toSummary(categories.getOrDefault(row.id(), List.of())));
    }

    /** One statement for a whole page of posts. */
    private Map<UUID, List<CategoryRef>> categoriesOf(List<UUID> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return posts.selectCategoryLinks(postIds).stream().collect(Collectors.groupingBy(CategoryLinkRow::postId,
                LinkedHashMap::new, Collectors.mapping(link -> new CategoryRef(link.id(), link.name(), link.slug()),
                        Collectors.toList())));
    }
}
