package io.inkwell.posts;

import java.util.UUID;

/** A category with its number of published posts. */
public record CategoryView(UUID id, String name, String slug, String description, int postCount) {
}
