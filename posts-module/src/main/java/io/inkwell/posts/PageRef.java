package io.inkwell.posts;

import java.util.UUID;

/** Where a saved page now lives. */
public record PageRef(UUID id, String slug, PageStatus status) {
}
