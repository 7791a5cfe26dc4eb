package io.inkwell.web.authors;

import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.posts.Listing;
import io.inkwell.posts.PostCursor;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostSummary;
import io.inkwell.users.AuthorProfile;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.feeds.FeedLinks;
import io.inkwell.web.posts.PostCards;
import io.inkwell.web.site.CurrentSite;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public profile of a person. A deleted account's page still answers (its posts stay readable) with
 * the name only; an unknown or malformed id is a 404.
 */
@Controller
class AuthorController {

    private final UserAccounts accounts;
    private final PostReading posts;
    private final PostCards cards;
    private final FeedLinks feeds;
    private final CurrentSite site;

    AuthorController(UserAccounts accounts, PostReading posts, PostCards cards, FeedLinks feeds, CurrentSite site) {
        this.accounts = accounts;
        this.posts = posts;
        this.cards = cards;
        this.feeds = feeds;
        this.site = site;
    }

    @OneReadOnlyTransaction
    @GetMapping("/authors/{id}")
    String showAuthor(@PathVariable String id, @RequestParam(name = "after", required = false) String after, Model model) {
        UUID authorId = NotFound.idOrNotFound(id);
        AuthorProfile author = accounts.authorProfile(authorId).orElseThrow(NotFound::page);
        model.addAttribute("author", author);
        // Keyset paging over posts_author_published_idx, like the home page.
        Listing<PostSummary> published = posts.publishedByAuthor(authorId, PostCursor.parse(after), site.view().postsPerPage());
        model.addAttribute("posts", cards.of(published.items()));
        model.addAttribute("next", published.nextToken());
        model.addAttribute("paged", after != null);
        model.addAttribute("sectionFeed", feeds.author(author));
        return "authors/profile";
    }
}
