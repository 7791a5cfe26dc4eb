package io.inkwell.web.feeds;

import io.inkwell.posts.PostSitemaps;
import io.inkwell.web.site.SiteUrls;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Categories with published posts, by slug. */
@Component
@Order(20)
class CategorySitemapSource implements SitemapSource {

    /** The schema's shape of a category slug (categories_slug_shape_ck): anything else is no key of ours. */
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int SLUG_MAX = 120;

    private final PostSitemaps sitemaps;
    private final SiteUrls urls;

    CategorySitemapSource(PostSitemaps sitemaps, SiteUrls urls) {
        this.sitemaps = sitemaps;
        this.urls = urls;
    }

    @Override
    public String name() {
        return "categories";
    }

    @Override
    public List<String> fileStarts() {
        return sitemaps.categoryFileStarts();
    }

    @Override
    public Optional<List<SitemapUrl>> urls(String from, String to) {
        return SitemapKeys.parse(from, to, CategorySitemapSource::slug).map(keys -> sitemaps.categories(keys.from(), keys.to())
                .stream().map(category -> new SitemapUrl(urls.category(category.slug()), category.lastModified())).toList());
    }

    private static Optional<String> slug(String key) {
        return key.length() <= SLUG_MAX && SLUG.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }
}
