package io.inkwell.posts;

import java.util.UUID;

/** A tag as a post card or page links to it. */
public record TagRef(UUID id, String name, String slug) {
}
