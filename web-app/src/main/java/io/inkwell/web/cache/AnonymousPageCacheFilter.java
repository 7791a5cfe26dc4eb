package io.inkwell.web.cache;

import io.inkwell.web.site.PageParameters;
import io.inkwell.web.site.SiteRoutes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * Serves the public reading pages and search results to anonymous readers from memory. Runs after Spring Security,
 * which still writes its headers on every response and tells us who is asking. A page is kept only when it
 * was rendered for nobody in particular: a 200 to an anonymous reader without a session, setting no cookie.
 * Any successful write through this instance (every non-GET request below 400) expires every kept page, so
 * the next reader of each renders it anew and a writer always sees their change; every other instance expires
 * its pages when it hears of the write ({@link PageInvalidation}).
 *
 * <p>A page is kept under its path and the query parameters its controller reads ({@link PageParameters}),
 * in a stable order: parameters nobody reads (tracking tags, a cache-buster) do not make another copy, and
 * the Host header is no part of the key because no page is made from it. A static page ({@code /{slug}}, read
 * from no parameter) is kept under its path alone; which single-segment paths are pages {@link SiteRoutes}
 * says, so another route's page (the login form, a route added later) is never taken for one. An unknown
 * slug's 404 is not kept, like every answer but a 200.
 */
class AnonymousPageCacheFilter extends OncePerRequestFilter {

    private static final String SEARCH_PATH = "/search";
    private static final UrlPathHelper PATHS = UrlPathHelper.rawPathInstance;
    private static final int MAX_KEY_LENGTH = 1024;

    private final PageCache pages;
    /** Search results have keys as many as readers' queries: kept apart, so they cannot push pages out. */
    private final PageCache searches;
    private final SiteRoutes routes;
    private final PageInvalidation invalidation;

    AnonymousPageCacheFilter(PageCache pages, PageCache searches, SiteRoutes routes, PageInvalidation invalidation) {
        this.pages = pages;
        this.searches = searches;
        this.routes = routes;
        this.invalidation = invalidation;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isRead(request)) {
            chain.doFilter(request, response);
            if (response.getStatus() < 400) {
                invalidation.afterWrite();
            }
            return;
        }
        PageCache cache = cacheFor(request);
        String key = cache == null ? null : key(request).orElse(null);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CachedPage> hit = cache.lookup(key);
        if (hit.isPresent()) {
            serve(hit.get(), response);
            return;
        }
        long generation = cache.generation();
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recorder);
            if (renderedForAnyone(request, recorder)) {
                cache.put(key, generation, recorder.getContentAsByteArray(), recorder.getContentType(),
                        headersOf(recorder), PageCaching.worksOf(request));
                kept = true;
            }
        } finally {
            if (!kept) {
                cache.release(key);
            }
            recorder.copyBodyToResponse();
        }
    }

    /** The cache for an anonymous reader's GET (a search's or the pages'), else null. */
    private PageCache cacheFor(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        PageCache cache = SEARCH_PATH.equals(PATHS.getPathWithinApplication(request)) ? searches : pages;
        boolean anonymous = request.getSession(false) == null
                && isAnonymous(SecurityContextHolder.getContext().getAuthentication());
        return cache.enabled() && anonymous ? cache : null;
    }

    private static boolean isRead(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
    }

    private static boolean isAnonymous(Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    /** The page's path and the parameters it reads; empty for any other page, or a key too long to keep. */
    private Optional<String> key(HttpServletRequest request) {
        String path = PATHS.getPathWithinApplication(request);
        return PageParameters.readQuery(path, request)
                .or(() -> routes.isPagePath(path) ? Optional.of("") : Optional.empty())
                .map(query -> query.isEmpty() ? path : path + "?" + query)
                .filter(key -> key.length() <= MAX_KEY_LENGTH);
    }

    private static boolean renderedForAnyone(HttpServletRequest request, ContentCachingResponseWrapper response) {
        return response.getStatus() == 200 && request.getSession(false) == null
                && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty();
    }

    /** What the controller and view set; Spring Security's headers are written again on every response. */
    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)
                    && !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        return headers;
    }

    private static void serve(CachedPage page, HttpServletResponse response) throws IOException {
        page.onEveryServe().forEach(Runnable::run);
        response.setStatus(200);
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        page.headers().forEach((name, values) -> {
            response.setHeader(name, values.isEmpty() ? null : values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
