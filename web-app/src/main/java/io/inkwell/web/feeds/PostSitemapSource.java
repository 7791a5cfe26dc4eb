package io.inkwell.web.feeds;

import io.inkwell.posts.PostCursor;
import io.inkwell.posts.PostSitemaps;
import io.inkwell.web.site.SiteUrls;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Published posts not hidden from search engines, oldest first, keyed by their {@code (publishedAt, id)}: new
 * posts join the last file, so the earlier ones keep their contents and search engines their copies.
 */
@Component
@Order(10)
class PostSitemapSource implements SitemapSource {

    private final PostSitemaps sitemaps;
    private final SiteUrls urls;

    PostSitemapSource(PostSitemaps sitemaps, SiteUrls urls) {
        this.sitemaps = sitemaps;
        this.urls = urls;
    }

    @Override
    public String name() {
        return "posts";
    }

    @Override
    public List<String> fileStarts() {
        return sitemaps.postFileStarts().stream().map(PostCursor::token).toList();
    }

    @Override
    public Optional<List<SitemapUrl>> urls(String from, String to) {
        return SitemapKeys.parse(from, to, PostCursor::parse).map(keys -> sitemaps.posts(keys.from(), keys.to()).stream()
                .map(post -> new SitemapUrl(urls.post(post.slug()), post.lastModified())).toList());
    }
}
