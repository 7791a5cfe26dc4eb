package io.inkwell.web.feeds;

import io.inkwell.posts.FeedPost;
import io.inkwell.posts.PostFeeds;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Atom feed (the newest posts and one batch of their authors) and the sitemap (one statement). */
@Controller
class FeedController {

    static final int FEED_SIZE = 20;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final PostFeeds posts;
    private final UserDirectory users;
    private final AtomFeed atom;
    private final Sitemap sitemap;

    FeedController(PostFeeds posts, UserDirectory users, AtomFeed atom, Sitemap sitemap) {
        this.posts = posts;
        this.users = users;
        this.atom = atom;
        this.sitemap = sitemap;
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> atomFeed() {
        List<FeedPost> latest = posts.latest(FEED_SIZE);
        Map<UUID, UserSummary> authors = latest.isEmpty() ? Map.of()
                : users.summariesOf(latest.stream().map(FeedPost::authorId).distinct().toList());
        return ResponseEntity.ok().contentType(ATOM).body(atom.write(latest, authors));
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap() {
        return ResponseEntity.ok().contentType(XML).body(sitemap.write(posts.sitemap(PostFeeds.MAX_SITEMAP_SIZE)));
    }
}
