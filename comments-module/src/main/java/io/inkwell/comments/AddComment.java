package io.inkwell.comments;

import java.util.UUID;

/** {@code parentId} is null for a top-level comment. */
public record AddComment(UUID postId, UUID parentId, String content) {
}
