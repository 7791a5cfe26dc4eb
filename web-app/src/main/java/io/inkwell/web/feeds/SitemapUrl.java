package io.inkwell.web.feeds;

import java.time.Instant;

/** An address in a sitemap file, absolute, with when its page last changed ({@code null}: not known). */
public record SitemapUrl(String loc, Instant lastModified) {
}
