package io.inkwell.web.feeds;

import io.inkwell.web.site.SiteUrls;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The site's own pages that list others: the home page and the lists of categories and tags. No statement. */
@Component
@Order(0)
class SiteSitemapSource implements SitemapSource {

    private final SiteUrls urls;

    SiteSitemapSource(SiteUrls urls) {
        this.urls = urls;
    }

    @Override
    public String name() {
        return "site";
    }

    @Override
    public List<String> fileStarts() {
        return List.of("/");
    }

    @Override
    public Optional<List<SitemapUrl>> urls(String from, String to) {
        if (from != null || to != null) {
            return Optional.empty();
        }
        return Optional.of(List.of(new SitemapUrl(urls.home(), null), new SitemapUrl(urls.absolute("/categories"), null),
                new SitemapUrl(urls.absolute("/tags"), null)));
    }
}
