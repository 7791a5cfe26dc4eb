package io.inkwell.web.site;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /robots.txt}: where the sitemap is, and the pages that are nobody's reading (forms, accounts,
 * administration). Robots rules match by prefix, so each path is closed as itself ({@code $} ends a rule,
 * RFC 9309), with a query, and with what lies below it: a plain {@code Disallow: /posts/new} would also
 * hide the post {@code /posts/new-year}, and {@code /me} a page {@code /meetups}.
 */
@Controller
class RobotsController {

    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    static final List<String> PRIVATE_PATHS = List.of("/admin", "/account", "/me", "/login", "/register", "/posts/new");

    private final String robots;

    /** Crawlers read robots.txt at the host's root only: behind a base URL with a path, rules carry that path. */
    RobotsController(SiteUrls urls) {
        String base = URI.create(urls.base()).getRawPath();
        StringBuilder text = new StringBuilder("User-agent: *\n");
        for (String path : PRIVATE_PATHS) {
            text.append("Disallow: ").append(base).append(path).append("$\n")
                    .append("Disallow: ").append(base).append(path).append("?\n")
                    .append("Disallow: ").append(base).append(path).append("/\n");
        }
        this.robots = text.append("\nSitemap: ").append(urls.absolute("/sitemap.xml")).append('\n').toString();
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> showRobots() {
        return ResponseEntity.ok().contentType(TEXT).body(robots);
    }
}
