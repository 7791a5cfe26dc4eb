package io.inkwell.posts;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A published post left the public site: archived ({@code status} ARCHIVED, its URL still answers) or
 * returned to draft. Published in the transaction of the change; {@code version} as in {@link PostPublished}.
 */
@NamedInterface("events")
public record PostUnpublished(UUID postId, PostStatus status, int version) {
}
