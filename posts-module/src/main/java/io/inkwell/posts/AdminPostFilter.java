package io.inkwell.posts;

import java.util.UUID;

/** Filters of the admin post table; each null means "any". */
public record AdminPostFilter(PostStatus status, UUID authorId, UUID categoryId, String text) {
}
