package io.inkwell.web.feeds;

import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryNotFoundException;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.FeedPost;
import io.inkwell.posts.PostFeeds;
import io.inkwell.users.AuthorProfile;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.site.SiteTitle;
import io.inkwell.web.site.SiteUrls;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Atom feeds: the site's newest posts, a category's and an author's. Each reads its posts in one statement
 * along the index its page reads; the site's and a category's feed add one batch of their authors, a
 * category's and an author's feed one lookup of what they follow (an unknown one is a 404).
 */
@Controller
class FeedController {

    static final int FEED_SIZE = 20;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PostFeeds posts;
    private final Categories categories;
    private final UserAccounts accounts;
    private final UserDirectory users;
    private final AtomFeed atom;
    private final FeedLinks links;
    private final SiteUrls urls;
    private final SiteTitle siteTitle;

    FeedController(PostFeeds posts, Categories categories, UserAccounts accounts, UserDirectory users, AtomFeed atom,
                   FeedLinks links, SiteUrls urls, SiteTitle siteTitle) {
        this.posts = posts;
        this.categories = categories;
        this.accounts = accounts;
        this.users = users;
        this.atom = atom;
        this.links = links;
        this.urls = urls;
        this.siteTitle = siteTitle;
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> siteFeed() {
        FeedHeader header = new FeedHeader(siteTitle.current(), urls.home(), links.site().url());
        return atom(header, posts.latest(FEED_SIZE));
    }

    @GetMapping("/categories/{slug}/feed.xml")
    ResponseEntity<String> categoryFeed(@PathVariable String slug) {
        CategoryView category = categories.bySlug(slug).orElseThrow(() -> new CategoryNotFoundException("No category " + slug));
        FeedHeader header = new FeedHeader(siteTitle.current() + " · " + category.name(), urls.category(category.slug()),
                links.category(category).url());
        return atom(header, posts.latestInCategory(category.id(), FEED_SIZE));
    }

    /** The author is known already: no batch of authors is needed. */
    @GetMapping("/authors/{id}/feed.xml")
    ResponseEntity<String> authorFeed(@PathVariable String id) {
        AuthorProfile author = accounts.authorProfile(NotFound.idOrNotFound(id)).orElseThrow(NotFound::page);
        FeedHeader header = new FeedHeader(siteTitle.current() + " · " + author.name(), urls.author(author.id()),
                links.author(author).url());
        List<FeedPost> latest = posts.latestByAuthor(author.id(), FEED_SIZE);
        UserSummary summary = new UserSummary(author.id(), author.name(), author.avatarUrl());
        return ResponseEntity.ok().contentType(ATOM).body(atom.write(header, latest, Map.of(author.id(), summary)));
    }

    private ResponseEntity<String> atom(FeedHeader header, List<FeedPost> latest) {
        Map<UUID, UserSummary> authors = latest.isEmpty() ? Map.of()
                : users.summariesOf(latest.stream().map(FeedPost::authorId).distinct().toList());
        return ResponseEntity.ok().contentType(ATOM).body(atom.write(header, latest, authors));
    }
}
