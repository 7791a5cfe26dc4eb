package io.inkwell.posts;

import java.util.UUID;

/** Filters of the admin post table; each null means "any". {@code text} is part of the title. */
public record AdminPostFilter(PostStatus status, UUID authorId, UUID categoryId, String text) {

    public static final int MAX_TEXT_LENGTH = 200;
}
