package io.inkwell.web.posts;

/**
 * What a post page's {@code <head>} tells browsers, search engines and link previews: the author's search engine
 * title (the whole {@code <title>} when set; null: the template writes the post's title and the site's), the
 * description (the author's meta description, else the excerpt; null when there is neither), whether search
 * engines should leave it out, the OpenGraph and Twitter card values and the JSON-LD. Times are ISO-8601
 * instants, null for a draft; the URLs are absolute.
 */
record PostPageHead(
        String searchTitle,
        String description,
        boolean noindex,
        String url,
        String headline,
        String siteName,
        String imageUrl,
        String twitterCard,
        String authorUrl,
        String publishedTime,
        String modifiedTime,
        String jsonLd) {
}
