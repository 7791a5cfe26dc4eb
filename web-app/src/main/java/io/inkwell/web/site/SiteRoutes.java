package io.inkwell.web.site;

import io.inkwell.posts.ReservedPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The first path segments the site's own routes take, and so which single-segment paths are a static page's
 * ({@code /{slug}}). Read once at start-up from every handler mapping (each controller's patterns, the static
 * resource handlers) and from the static resource folders, plus {@link #RESERVED}: the names of routes other
 * features announce but do not map yet. A route added later is therefore reserved the moment it is mapped,
 * and no page can ever take its address (the pages service asks {@link #isReserved}); the security rules and
 * the page cache treat as a page only a path outside them ({@link #isPagePath}).
 */
@Component
public class SiteRoutes implements ReservedPaths, SmartInitializingSingleton {

    /** A page's slug, the shape the schema allows: lower-case ASCII words joined by single hyphens. */
    public static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

    /**
     * Routes named by the site's plans or handled outside the controllers (logout is Spring Security's, the
     * favicon and the script and image folders may come as static files), so no page takes them first.
     */
    static final Set<String> RESERVED = Set.of("api", "favicon.ico", "images", "js", "logout", "media", "password-reset",
            "preview", "robots.txt", "sitemaps", "tags");

    private static final Pattern PAGE_PATH = Pattern.compile("/" + SLUG);
    /** A page's slug is at most this long, as the schema's check says. */
    private static final int SLUG_MAX = 300;

    private final ApplicationContext context;
    private final WebProperties web;
    private volatile Set<String> segments = RESERVED;

    SiteRoutes(ApplicationContext context, WebProperties web) {
        this.context = context;
        this.web = web;
    }

    /** Every handler mapping has registered its routes by now. */
    @Override
    public void afterSingletonsInstantiated() {
        Set<String> found = new TreeSet<>(RESERVED);
        for (HandlerMapping mapping : context.getBeansOfType(HandlerMapping.class).values()) {
            found.addAll(firstSegments(patternsOf(mapping)));
        }
        found.addAll(staticEntries(context, web.getResources().getStaticLocations()));
        segments = Set.copyOf(found);
    }

    /** The reserved first segments, sorted. */
    public Set<String> segments() {
        return new TreeSet<>(segments);
    }

    @Override
    public boolean isReserved(String segment) {
        return segments.contains(segment);
    }

    /** A path of one segment shaped like a slug and not taken by a route: a static page's address. */
    public boolean isPagePath(String path) {
        return path.length() <= SLUG_MAX + 1 && PAGE_PATH.matcher(path).matches() && !isReserved(path.substring(1));
    }

    private static Collection<String> patternsOf(HandlerMapping mapping) {
        if (mapping instanceof RequestMappingInfoHandlerMapping controllers) {
            Map<RequestMappingInfo, ?> methods = controllers.getHandlerMethods();
            return methods.keySet().stream().flatMap(info -> info.getPatternValues().stream()).toList();
        }
        if (mapping instanceof AbstractUrlHandlerMapping urls) {
            return urls.getHandlerMap().keySet();
        }
        return Set.of();
    }

    /** "admin" of "/admin/posts"; nothing for "/", "/**" or a segment that is a variable ("/{slug}"). */
    static Set<String> firstSegments(Collection<String> patterns) {
        Set<String> firsts = new TreeSet<>();
        for (String pattern : patterns) {
            String path = pattern.startsWith("/") ? pattern.substring(1) : pattern;
            int slash = path.indexOf('/');
            String first = slash < 0 ? path : path.substring(0, slash);
            if (!first.isEmpty() && !first.contains("{") && !first.contains("*")) {
                firsts.add(first);
            }
        }
        return firsts;
    }

    /** The files and folders at the top of each static resource location ("css" of classpath:/static/css/site.css). */
    private static Set<String> staticEntries(ResourcePatternResolver resolver, String[] locations) {
        Set<String> names = new TreeSet<>();
        try {
            for (String location : locations) {
                if (!location.startsWith("classpath:")) {
                    continue;
                }
                String folder = location.substring("classpath:".length()).replaceFirst("^/", "");
                for (Resource root : resolver.getResources("classpath*:" + folder)) {
                    String rootUrl = root.getURL().toString().replaceFirst("/?$", "/");
                    for (Resource entry : resolver.getResources(rootUrl + "**")) {
                        String url = entry.getURL().toString();
                        if (!url.startsWith(rootUrl)) {
                            continue;
                        }
                        String relative = url.substring(rootUrl.length());
                        int slash = relative.indexOf('/');
                        String first = slash < 0 ? relative : relative.substring(0, slash);
                        if (!first.isEmpty()) {
                            names.add(first);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the static resource folders", e);
        }
        return names;
    }
}
