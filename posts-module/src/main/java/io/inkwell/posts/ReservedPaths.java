package io.inkwell.posts;

/**
 * The first path segments the site's own routes use or keep for routes to come ({@code admin}, {@code search},
 * {@code login}…). A page answers at {@code /{slug}}, so a slug that is one of them would shadow a route or be
 * shadowed by it: the page service refuses it. The web layer, which knows its routes, provides the bean.
 */
public interface ReservedPaths {

    boolean isReserved(String segment);
}
