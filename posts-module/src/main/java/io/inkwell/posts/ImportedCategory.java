package io.inkwell.posts;

/** A category of another site: its name (the hierarchy there is flattened to names) and description. */
public record ImportedCategory(String name, String description) {
}
