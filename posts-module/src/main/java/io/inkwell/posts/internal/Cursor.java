package io.inkwell.posts.internal;

import io.inkwell.posts.PostCursor;
import java.time.Instant;
import java.util.UUID;

/** Keyset parameters for the mapper: both null on the first page. */
record Cursor(Instant publishedAt, UUID id) {

    static Cursor of(java.util.Optional<PostCursor> cursor) {
        return cursor.map(c -> new Cursor(c.publishedAt(), c.id())).orElse(new Cursor(null, null));
    }
}
