package io.inkwell.posts.internal;

import java.util.UUID;

/** One category or tag of one post, as listings load them for a whole page at once. */
record LinkRow(UUID postId, LinkKind kind, UUID id, String name, String slug) {

    /** Stored as the statement's lower-case literals 'category' and 'tag'. */
    enum LinkKind { CATEGORY, TAG }
}
