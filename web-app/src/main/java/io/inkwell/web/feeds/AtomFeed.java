package io.inkwell.web.feeds;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.inkwell.posts.FeedPost;
import io.inkwell.users.UserSummary;
import io.inkwell.web.site.SiteMessages;
import io.inkwell.web.site.SiteUrls;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The site's Atom 1.0 feeds, built and written by Rome: the whole site's and one per listing page (a category's, a
 * tag's, an author's). Each entry carries the post's full rendered HTML, as feed readers expect, and every text
 * taken from a post, a category, a tag or a profile passes {@link XmlText#clean}: the XML library refuses
 * characters XML 1.0 forbids, and a title holding one must not take the feed down.
 */
@Component
public class AtomFeed {

    private final SiteUrls urls;
    private final SiteMessages messages;

    AtomFeed(SiteUrls urls, SiteMessages messages) {
        this.urls = urls;
        this.messages = messages;
    }

    /**
     * A feed of the listing at {@code pagePath} (its id, so a feed keeps its identity however its entries change,
     * and its alternate link), served at {@code feedPath} (its self link); both are paths of this site, made
     * absolute with the site's base URL. {@code updated} is the latest change of an entry, so an unchanged feed
     * keeps its time.
     */
    public String write(String title, String pagePath, String feedPath, List<FeedPost> posts, Map<UUID, UserSummary> authors) {
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        String page = urls.absolute(pagePath);
        feed.setId(page);
        feed.setTitle(XmlText.clean(title));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", page)));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", urls.absolute(feedPath))));
        feed.setUpdated(date(posts.stream().map(FeedPost::updatedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH)));
        String unknownAuthor = messages.getMessage("feeds.unknownAuthor");
        feed.setEntries(posts.stream().map(post -> entry(post, authors.get(post.authorId()), unknownAuthor)).toList());
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException notAFeed) {
            throw new IllegalStateException("The Atom feed could not be written", notAFeed);
        }
    }

    /** @param unknownAuthor the name of an author the directory no longer has */
    private Entry entry(FeedPost post, UserSummary author, String unknownAuthor) {
        Entry entry = new Entry();
        entry.setId("urn:uuid:" + post.id());
        entry.setTitleEx(content("text", post.title()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", urls.post(post.slug()))));
        entry.setPublished(date(post.publishedAt()));
        entry.setUpdated(date(post.updatedAt() == null ? post.publishedAt() : post.updatedAt()));
        entry.setAuthors(List.of(person(author, unknownAuthor)));
        if (post.excerpt() != null && !post.excerpt().isBlank()) {
            entry.setSummary(content("text", post.excerpt()));
        }
        entry.setContents(List.of(content("html", post.contentHtml())));
        return entry;
    }

    private Person person(UserSummary author, String unknownAuthor) {
        Person person = new Person();
        person.setName(XmlText.clean(author == null ? unknownAuthor : author.name()));
        if (author != null) {
            person.setUri(urls.absolute("/authors/" + author.id()));
        }
        return person;
    }

    private static Content content(String type, String text) {
        Content content = new Content();
        content.setType(type);
        content.setValue(XmlText.clean(text));
        return content;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Date date(Instant instant) {
        return Date.from(instant == null ? Instant.EPOCH : instant);
    }
}
