package io.inkwell.posts;

import java.time.Instant;

public record SitemapEntry(String slug, Instant lastModified) {
}
