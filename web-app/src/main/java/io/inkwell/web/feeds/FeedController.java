package io.inkwell.web.feeds;

import io.inkwell.db.OneReadOnlyTransaction;
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
import io.inkwell.web.site.CurrentSite;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Atom feeds of the site's newest posts, of a category's and of an author's (a tag's feed is served with the
 * tag's pages, {@code web.tags}). Each reads its posts in one statement along the index its page reads; the
 * site's and a category's feed add one batch of their authors, a category's and an author's feed one lookup of
 * what they follow (an unknown one is a 404). Their titles are the site's, then what they follow.
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
    private final CurrentSite site;

    FeedController(PostFeeds posts, Categories categories, UserAccounts accounts, UserDirectory users, AtomFeed atom,
                   CurrentSite site) {
        this.posts = posts;
        this.categories = categories;
        this.accounts = accounts;
        this.users = users;
        this.atom = atom;
        this.site = site;
    }

    @OneReadOnlyTransaction
    @GetMapping("/feed.xml")
    ResponseEntity<String> siteFeed() {
        return atom(site.view().title(), "/", posts.latest(FEED_SIZE));
    }

    @OneReadOnlyTransaction
    @GetMapping("/categories/{slug}/feed.xml")
    ResponseEntity<String> categoryFeed(@PathVariable String slug) {
        CategoryView category = categories.bySlug(slug).orElseThrow(() -> new CategoryNotFoundException("No category " + slug));
        return atom(site.view().title() + " · " + category.name(), "/categories/" + category.slug(),
                posts.latestInCategory(category.id(), FEED_SIZE));
    }

    /** The author is known already: no batch of authors is needed. */
    @OneReadOnlyTransaction
    @GetMapping("/authors/{id}/feed.xml")
    ResponseEntity<String> authorFeed(@PathVariable String id) {
        AuthorProfile author = accounts.authorProfile(NotFound.idOrNotFound(id)).orElseThrow(NotFound::page);
        String page = "/authors/" + author.id();
        List<FeedPost> latest = posts.latestByAuthor(author.id(), FEED_SIZE);
        UserSummary summary = new UserSummary(author.id(), author.name(), author.avatarUrl());
        return ResponseEntity.ok().contentType(ATOM).body(atom.write(site.view().title() + " · " + author.name(), page,
                page + "/feed.xml", latest, Map.of(author.id(), summary)));
    }

    private ResponseEntity<String> atom(String title, String page, List<FeedPost> latest) {
        Map<UUID, UserSummary> authors = latest.isEmpty() ? Map.of()
                : users.summariesOf(latest.stream().map(FeedPost::authorId).distinct().toList());
        String feed = page.equals("/") ? "/feed.xml" : page + "/feed.xml";
        return ResponseEntity.ok().contentType(ATOM).body(atom.write(title, page, feed, latest, authors));
    }
}
