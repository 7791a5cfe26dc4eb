package io.inkwell.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The public reading pages and the query parameters each one reads (its controller's {@code @RequestParam}s).
 * Two requests for one path whose read parameters agree get the same page, whatever else their query
 * strings carry: the page cache keys on these parameters only, and canonical links name only those that
 * choose the content. A new parameter on one of these pages must be added here, or it is ignored by both.
 * Static pages ({@code /{slug}}) read no parameter and are not listed: which single-segment paths are pages
 * only {@link SiteRoutes} knows, and the page cache asks it.
 */
public final class PageParameters {

    /**
     * {@code content}: parameters that choose what the page shows (a page of a listing, a query), part of its
     * canonical address; {@code viewState}: parameters that change the page but not what is worth indexing
     * (which comment's reply form is open).
     */
    private record Route(PathPattern pattern, List<String> content, List<String> viewState) {

        boolean matches(PathContainer path) {
            return pattern.matches(path);
        }

        List<String> all() {
            return Stream.concat(content.stream(), viewState.stream()).sorted().toList();
        }
    }

    private static final List<Route> READING_PAGES = List.of(
            route("/", List.of("after"), List.of()),
            route("/posts/{slug}", List.of("after"), List.of("replyTo")),
            route("/posts/{slug}/comments/{id}", List.of("after"), List.of("replyTo")),
            route("/categories", List.of(), List.of()),
            route("/categories/{slug}", List.of("after"), List.of()),
            route("/tags", List.of("page"), List.of()),
            route("/tags/{slug}", List.of("after"), List.of()),
            route("/tags/{slug}/feed.xml", List.of(), List.of()),
            route("/authors/{id}", List.of("after"), List.of()),
            route("/trending", List.of(), List.of()),
            route("/search", List.of("page", "q"), List.of()),
            route("/feed.xml", List.of(), List.of()),
            route("/sitemap.xml", List.of(), List.of()),
            route("/categories/{slug}/feed.xml", List.of(), List.of()),
            route("/authors/{id}/feed.xml", List.of(), List.of()),
            route("/sitemaps/{file}", List.of("from", "to"), List.of()),
            route("/robots.txt", List.of(), List.of()));

    private PageParameters() {
    }

    private static Route route(String pattern, List<String> content, List<String> viewState) {
        return new Route(PathPatternParser.defaultInstance.parse(pattern), content.stream().sorted().toList(),
                viewState.stream().sorted().toList());
    }

    /**
     * For a public reading page, the parameters it reads as a query string in a stable order (by name, then
     * each value in the order given); empty when {@code path} is not one of them.
     */
    public static Optional<String> readQuery(String path, HttpServletRequest request) {
        return routeOf(path).map(route -> query(route.all(), request));
    }

    /** The parameters that choose what {@code path} shows, as a query string; empty for any other page. */
    static String canonicalQuery(String path, HttpServletRequest request) {
        return routeOf(path).map(route -> query(route.content(), request)).orElse("");
    }

    private static Optional<Route> routeOf(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return READING_PAGES.stream().filter(route -> route.matches(container)).findFirst();
    }

    private static String query(List<String> names, HttpServletRequest request) {
        StringBuilder query = new StringBuilder();
        for (String name : names) {
            String[] values = request.getParameterValues(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
