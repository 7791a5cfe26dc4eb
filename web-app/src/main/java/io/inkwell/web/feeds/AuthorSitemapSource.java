package io.inkwell.web.feeds;

import io.inkwell.db.KeysetTokens;
import io.inkwell.posts.PostSitemaps;
import io.inkwell.web.site.SiteUrls;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Authors of published posts, by id. Their pages answer whatever the account's status (a deleted author's
 * posts stay readable), so the posts context alone knows who belongs here.
 */
@Component
@Order(30)
class AuthorSitemapSource implements SitemapSource {

    private final PostSitemaps sitemaps;
    private final SiteUrls urls;

    AuthorSitemapSource(PostSitemaps sitemaps, SiteUrls urls) {
        this.sitemaps = sitemaps;
        this.urls = urls;
    }

    @Override
    public String name() {
        return "authors";
    }

    @Override
    public List<String> fileStarts() {
        return sitemaps.authorFileStarts().stream().map(UUID::toString).toList();
    }

    @Override
    public Optional<List<SitemapUrl>> urls(String from, String to) {
        return SitemapKeys.parse(from, to, KeysetTokens::uuid).map(keys -> sitemaps.authors(keys.from(), keys.to()).stream()
                .map(author -> new SitemapUrl(urls.author(author.authorId()), author.lastModified())).toList());
    }
}
