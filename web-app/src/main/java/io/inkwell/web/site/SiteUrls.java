package io.inkwell.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;

/**
 * Every absolute URL the site writes (feeds, sitemap, canonical links) starts with {@code inkwell.base-url}
 * ({@code INKWELL_BASE_URL}), the address readers know the site by. Never the request's Host header: a
 * request naming another host must not get pages, kept in the page cache for everyone, that point there.
 */
@Component
public class SiteUrls {

    private static final UrlPathHelper PATHS = UrlPathHelper.rawPathInstance;

    private final String base;

    SiteUrls(@Value("${inkwell.base-url}") String baseUrl) {
        this.base = validated(baseUrl);
    }

    /** The base URL without a trailing slash, e.g. {@code https://blog.example} or {@code https://example.org/blog}. */
    public String base() {
        return base;
    }

    /** {@code path} (starting with a slash, already URL-encoded) under the base URL. */
    public String absolute(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Not a path from the site's root: " + path);
        }
        return base + path;
    }

    public String home() {
        return absolute("/");
    }

    public String post(String slug) {
        return absolute("/posts/" + slug);
    }

    public String category(String slug) {
        return absolute("/categories/" + slug);
    }

    public String tag(String slug) {
        return absolute("/tags/" + slug);
    }

    public String author(UUID id) {
        return absolute("/authors/" + id);
    }

    /** A static page's address, {@code /{slug}} at the top of the site. */
    public String page(String slug) {
        return absolute("/" + slug);
    }

    /**
     * The page's address as search engines should index it: its path under the base URL with only the query
     * parameters that choose what the page shows, in a stable order ({@link PageParameters}).
     */
    public String canonical(HttpServletRequest request) {
        String path = PATHS.getPathWithinApplication(request);
        String query = PageParameters.canonicalQuery(path, request);
        return absolute(path) + (query.isEmpty() ? "" : "?" + query);
    }

    private static String validated(String baseUrl) {
        String trimmed = baseUrl.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                throw new IllegalStateException(problem(baseUrl));
            }
        } catch (URISyntaxException notAUri) {
            throw new IllegalStateException(problem(baseUrl), notAUri);
        }
        return trimmed;
    }

    private static String problem(String baseUrl) {
        return "INKWELL_BASE_URL (inkwell.base-url) must be the site's public http(s) address, such as "
                + "https://blog.example.com, without query or fragment; it is '" + baseUrl + "'";
    }
}
