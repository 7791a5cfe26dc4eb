package io.inkwell.posts.internal;

import io.inkwell.posts.TagView;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code tags}; {@code postCount} is maintained by the database. */
record TagRow(UUID id, String name, String slug, int postCount, Instant createdAt) {

    TagView toView() {
        return new TagView(id, name, slug, postCount);
    }
}
