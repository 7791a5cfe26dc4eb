package io.inkwell.exchange;

import java.util.Optional;

/**
 * The addresses an imported site's posts and pages had there ("/2019/05/my-post/", "/?p=123"), each answering with
 * a 301 to where the item is now. The web layer asks only when no route of the site answers a request, and only for
 * reading requests.
 */
public interface OldAddresses {

    /**
     * Where the old address now is (a site-relative path such as "/posts/my-post"), if an import recorded it; it
     * may be the requested path without its trailing slash, so the caller never redirects a request to its own path. The
     * path is as requested (percent-encoded or not, with or without a trailing slash); {@code query} is the request's
     * query string, which counts only for WordPress's "?p=" and "?page_id=" links at the root. One primary-key read,
     * none for a path that cannot be an old address.
     */
    Optional<String> targetOf(String path, String query);
}
