package io.inkwell.posts;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A post became public: created published, or published from a draft or from the archive. Published in the
 * transaction of the change, delivered to listeners after it commits. {@code version} is the post's version
 * after the change; a listener that keeps state per post ignores an event older than what it knows.
 */
@NamedInterface("events")
public record PostPublished(UUID postId, UUID authorId, String slug, Instant publishedAt, int version) {
}
