package io.inkwell.posts;

import java.time.Instant;

/** A post's, a category's, a tag's or a page's address in the sitemap: its slug, and when its page last changed. */
public record SitemapEntry(String slug, Instant lastModified) {
}
