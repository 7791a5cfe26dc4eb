package io.inkwell.posts;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A post, of any status, is gone for good. Published in the transaction of the deletion; {@code version} is
 * one past the last version the post had, so it is newer than any other event of the post.
 */
@NamedInterface("events")
public record PostDeleted(UUID postId, int version) {
}
