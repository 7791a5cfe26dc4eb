package io.inkwell.posts;

import java.util.UUID;

/** Where a saved post now lives. */
public record PostRef(UUID id, String slug, PostStatus status) {
}
