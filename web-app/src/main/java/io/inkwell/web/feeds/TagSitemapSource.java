package io.inkwell.web.feeds;

import io.inkwell.posts.PostSitemaps;
import io.inkwell.web.site.SiteUrls;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tags with published posts, by slug: a tag only drafts carry has no public page. */
@Component
@Order(25)
class TagSitemapSource implements SitemapSource {

    /** The schema's shape of a tag slug (tags_slug_shape_ck): anything else is no key of ours. */
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int SLUG_MAX = 120;

    private final PostSitemaps sitemaps;
    private final SiteUrls urls;

    TagSitemapSource(PostSitemaps sitemaps, SiteUrls urls) {
        this.sitemaps = sitemaps;
        this.urls = urls;
    }

    @Override
    public String name() {
        return "tags";
    }

    @Override
    public List<String> fileStarts() {
        return sitemaps.tagFileStarts();
    }

    @Override
    public Optional<List<SitemapUrl>> urls(String from, String to) {
        return SitemapKeys.parse(from, to, TagSitemapSource::slug).map(keys -> sitemaps.tags(keys.from(), keys.to())
                .stream().map(tag -> new SitemapUrl(urls.tag(tag.slug()), tag.lastModified())).toList());
    }

    private static Optional<String> slug(String key) {
        return key.length() <= SLUG_MAX && SLUG.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }
}
