package io.inkwell.posts;

import java.util.UUID;

/** A tag with its number of published posts. */
public record TagView(UUID id, String name, String slug, int postCount) {
}
