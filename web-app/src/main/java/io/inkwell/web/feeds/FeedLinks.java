package io.inkwell.web.feeds;

import io.inkwell.posts.CategoryView;
import io.inkwell.users.AuthorProfile;
import io.inkwell.web.site.SiteTitle;
import io.inkwell.web.site.SiteUrls;
import org.springframework.stereotype.Component;

/** Where each feed lives, for the feeds themselves (their self links) and the pages that announce them. */
@Component
public class FeedLinks {

    private final SiteUrls urls;
    private final SiteTitle siteTitle;

    FeedLinks(SiteUrls urls, SiteTitle siteTitle) {
        this.urls = urls;
        this.siteTitle = siteTitle;
    }

    public FeedLink site() {
        return new FeedLink(siteTitle.current(), urls.absolute("/feed.xml"));
    }

    public FeedLink category(CategoryView category) {
        return new FeedLink("Posts in " + category.name(), urls.absolute("/categories/" + category.slug() + "/feed.xml"));
    }

    public FeedLink author(AuthorProfile author) {
        return new FeedLink("Posts by " + author.name(), urls.absolute("/authors/" + author.id() + "/feed.xml"));
    }
}
