package io.inkwell.posts.internal;

import java.util.UUID;

/** One category of one post, as listings load them for a whole page at once. */
record CategoryLinkRow(UUID postId, UUID id, String name, String slug) {
}
