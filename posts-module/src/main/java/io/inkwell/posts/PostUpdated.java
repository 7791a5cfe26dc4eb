package io.inkwell.posts;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A published post was edited and stays published: what readers see of it may have changed (title, text,
 * slug, categories, tags). Not published for drafts, nor for the edit that publishes a post (that is a
 * {@link PostPublished}). Published in the transaction of the change; {@code version} as in {@link PostPublished}.
 */
@NamedInterface("events")
public record PostUpdated(UUID postId, UUID authorId, String slug, int version) {
}
