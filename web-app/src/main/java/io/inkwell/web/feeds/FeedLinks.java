package io.inkwell.web.feeds;

import io.inkwell.posts.CategoryView;
import io.inkwell.posts.TagView;
import io.inkwell.users.AuthorProfile;
import io.inkwell.web.site.CurrentSite;
import io.inkwell.web.site.SiteMessages;
import io.inkwell.web.site.SiteUrls;
import org.springframework.stereotype.Component;

/**
 * Where each feed lives, for the pages that announce them: a listing page's feed is {@code feed.xml} under the
 * page's path (the site's, of the home page, {@code /feed.xml}).
 */
@Component
public class FeedLinks {

    private final SiteUrls urls;
    private final CurrentSite site;
    private final SiteMessages messages;

    FeedLinks(SiteUrls urls, CurrentSite site, SiteMessages messages) {
        this.urls = urls;
        this.site = site;
        this.messages = messages;
    }

    public FeedLink site() {
        return new FeedLink(site.view().title(), urls.absolute("/feed.xml"));
    }

    public FeedLink category(CategoryView category) {
        return new FeedLink(messages.getMessage("feeds.category", new Object[] {category.name()}),
                urls.absolute("/categories/" + category.slug() + "/feed.xml"));
    }

    public FeedLink tag(TagView tag) {
        return new FeedLink(messages.getMessage("feeds.tag", new Object[] {tag.name()}),
                urls.absolute("/tags/" + tag.slug() + "/feed.xml"));
    }

    public FeedLink author(AuthorProfile author) {
        return new FeedLink(messages.getMessage("feeds.author", new Object[] {author.name()}),
                urls.absolute("/authors/" + author.id() + "/feed.xml"));
    }
}
