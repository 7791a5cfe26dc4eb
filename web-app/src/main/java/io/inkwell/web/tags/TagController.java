package io.inkwell.web.tags;

import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.posts.FeedPost;
import io.inkwell.posts.Listing;
import io.inkwell.posts.PostCursor;
import io.inkwell.posts.PostFeeds;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostSummary;
import io.inkwell.posts.TagNotFoundException;
import io.inkwell.posts.TagView;
import io.inkwell.posts.Tags;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import io.inkwell.web.feeds.AtomFeed;
import io.inkwell.web.feeds.FeedLinks;
import io.inkwell.web.posts.PostCards;
import io.inkwell.web.site.CurrentSite;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The tags readers see (those of published posts), a tag's posts keyset-paged like a category's, and its Atom feed.
 * The old slug of a renamed or merged tag answers 301 with the tag that has it now.
 */
@Controller
class TagController {

    static final int TAGS_PER_PAGE = 100;
    static final int FEED_SIZE = 20;
    /** Deeper than any site's vocabulary: the list is read in index order, a page past this serves only crawlers. */
    static final int MAX_PAGE = 1000;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    /** What a tag slug can be (the schema's check); anything else is a 404 without asking the database. */
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int SLUG_MAX = 120;

    private final Tags tags;
    private final PostReading posts;
    private final PostFeeds feeds;
    private final PostCards cards;
    private final UserDirectory users;
    private final AtomFeed atom;
    private final FeedLinks feedLinks;
    private final CurrentSite site;

    TagController(Tags tags, PostReading posts, PostFeeds feeds, PostCards cards, UserDirectory users, AtomFeed atom,
            FeedLinks feedLinks, CurrentSite site) {
        this.tags = tags;
        this.posts = posts;
        this.feeds = feeds;
        this.cards = cards;
        this.users = users;
        this.atom = atom;
        this.feedLinks = feedLinks;
        this.site = site;
    }

    @OneReadOnlyTransaction
    @GetMapping("/tags")
    String listTags(@RequestParam(name = "page", required = false) Integer page, Model model) {
        Page<TagView> found = tags.popular(new PageRequest(Math.min(page == null ? 1 : page, MAX_PAGE), TAGS_PER_PAGE));
        model.addAttribute("tags", found);
        model.addAttribute("hasNext", found.hasNext() && found.number() < MAX_PAGE);
        return "tags/list";
    }

    @OneReadOnlyTransaction
    @GetMapping("/tags/{slug}")
    Object showTag(@PathVariable String slug, @RequestParam(name = "after", required = false) String after, Model model) {
        TagView tag = listed(slug);
        if (tag == null) {
            return movedTo(slug, "");
        }
        Listing<PostSummary> listing = posts.publishedWithTag(tag.id(), PostCursor.parse(after), site.view().postsPerPage());
        model.addAttribute("tag", tag);
        model.addAttribute("posts", cards.of(listing.items()));
        model.addAttribute("next", listing.nextToken());
        model.addAttribute("paged", after != null);
        model.addAttribute("sectionFeed", feedLinks.tag(tag));
        return "tags/detail";
    }

    @OneReadOnlyTransaction
    @GetMapping("/tags/{slug}/feed.xml")
    Object tagFeed(@PathVariable String slug) {
        TagView tag = listed(slug);
        if (tag == null) {
            return movedTo(slug, "/feed.xml");
        }
        List<FeedPost> latest = feeds.latestWithTag(tag.id(), FEED_SIZE);
        Map<UUID, UserSummary> authors = latest.isEmpty() ? Map.of()
                : users.summariesOf(latest.stream().map(FeedPost::authorId).distinct().toList());
        String page = "/tags/" + tag.slug();
        return ResponseEntity.ok().contentType(ATOM)
                .body(atom.write(site.view().title() + " · " + tag.name(), page, page + "/feed.xml", latest, authors));
    }

    /** The tag readers see at this slug, or null (then the slug may be an old one). */
    private TagView listed(String slug) {
        if (slug.length() > SLUG_MAX || !SLUG.matcher(slug).matches()) {
            throw new TagNotFoundException("No tag at " + slug);
        }
        return tags.listedBySlug(slug).orElse(null);
    }

    /** A slug the tag had before it was renamed or merged; anything else is a 404. */
    private RedirectView movedTo(String oldSlug, String rest) {
        String current = tags.currentSlugOf(oldSlug).orElseThrow(() -> new TagNotFoundException("No tag " + oldSlug));
        RedirectView redirect = new RedirectView("/tags/" + current + rest, true);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
