package io.inkwell.posts;

/**
 * What a post tells search engines, all optional: {@code title} replaces the page's {@code <title>},
 * {@code description} its meta description (else the excerpt is used), and {@code hiddenFromSearch} asks
 * them not to index the page (a robots {@code noindex}) and leaves it out of the sitemap. Readers still
 * find a hidden post in listings, feeds and the site's own search. Lengths: {@link PostLimits}.
 */
public record SeoFields(String title, String description, boolean hiddenFromSearch) {

    public static final SeoFields NONE = new SeoFields(null, null, false);
}
