package io.inkwell.posts;

import java.util.UUID;

/** A category as a post card or page links to it. */
public record CategoryRef(UUID id, String name, String slug) {
}
