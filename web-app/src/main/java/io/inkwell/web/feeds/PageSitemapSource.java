package io.inkwell.web.feeds;

import io.inkwell.posts.PageReading;
import io.inkwell.posts.SitemapEntry;
import io.inkwell.web.site.SiteUrls;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Published static pages, each at {@code /{slug}}, in one file: admins write a site's handful of pages, far from
 * a file's {@link #FILE_SIZE}, so the index asks only whether there is one and the file takes no keys.
 */
@Component
@Order(40)
class PageSitemapSource implements SitemapSource {

    private final PageReading pages;
    private final SiteUrls urls;

    PageSitemapSource(PageReading pages, SiteUrls urls) {
        this.pages = pages;
        this.urls = urls;
    }

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public List<String> fileStarts() {
        return pages.sitemap(1).stream().map(SitemapEntry::slug).toList();
    }

    @Override
    public Optional<List<SitemapUrl>> urls(String from, String to) {
        if (from != null || to != null) {
            return Optional.empty();
        }
        return Optional.of(pages.sitemap(FILE_SIZE).stream()
                .map(page -> new SitemapUrl(urls.page(page.slug()), page.lastModified())).toList());
    }
}
