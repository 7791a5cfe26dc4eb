package io.inkwell.posts.internal;

import io.inkwell.posts.PageHit;
import io.inkwell.posts.PageReading;
import io.inkwell.posts.PageSummary;
import io.inkwell.posts.PageView;
import io.inkwell.posts.PostSitemaps;
import io.inkwell.posts.SitemapEntry;
import io.inkwell.settings.SiteSettings;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PageReadingService implements PageReading {

    private final PageMapper pages;
    private final SiteSettings site;

    PageReadingService(PageMapper pages, SiteSettings site) {
        this.pages = pages;
        this.site = site;
    }

    @Override
    public Optional<PageView> published(String slug) {
        return pages.selectPublishedBySlug(slug).map(row -> new PageView(row.id(), row.title(), row.slug(),
                row.contentHtml(), row.excerpt(), row.publishedAt(), row.updatedAt(), Languages.of(row.language())));
    }

    @Override
    public Optional<String> currentSlugOf(String oldSlug) {
        return pages.selectSlugByOldSlug(oldSlug);
    }

    /**
     * The same bounds as the posts' search (SearchTerms): what is not searched for there is not searched for here;
     * and the same language, the site's.
     */
    @Override
    public List<PageHit> search(String query, int limit) {
        SearchTerms terms = SearchTerms.of(query);
        if (terms.isNotSearched() || limit < 1) {
            return List.of();
        }
        String language = site.current().settings().language().code();
        return pages.search(language, terms.text(), Math.min(limit, MAX_SEARCH_HITS)).stream()
                .map(row -> new PageHit(row.title(), row.slug(), SearchSnippets.toHtml(row.headline()))).toList();
    }

    @Override
    public List<SitemapEntry> sitemap(int limit) {
        return pages.selectSitemap(Math.max(1, Math.min(limit, PostSitemaps.MAX_FILE_SIZE)));
    }

    @Override
    public List<PageSummary> publishedByTitle() {
        return pages.selectPublishedByTitle();
    }

    @Override
    public List<PageSummary> publishedByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : pages.selectPublishedByIds(List.copyOf(ids));
    }
}
