package io.inkwell.posts;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A static page became public: created published, or published from a draft. Published in the transaction of
 * the change, delivered to listeners after it commits; {@code version} is the page's version after the change.
 */
@NamedInterface("events")
public record PagePublished(UUID pageId, String slug, Instant publishedAt, int version) {
}
