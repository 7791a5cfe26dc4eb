package io.inkwell.posts;

import java.time.Instant;
import java.util.UUID;

/** An author's page in the sitemap; it last changed when the author's newest post was published. */
public record AuthorSitemapEntry(UUID authorId, Instant lastModified) {
}
