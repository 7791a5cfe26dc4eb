package io.inkwell.posts;

import java.util.Objects;
import java.util.UUID;

/** Whose revisions: a post's or a static page's. */
public record RevisionOf(Kind kind, UUID id) {

    public enum Kind { POST, PAGE }

    public RevisionOf {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static RevisionOf post(UUID postId) {
        return new RevisionOf(Kind.POST, postId);
    }

    public static RevisionOf page(UUID pageId) {
        return new RevisionOf(Kind.PAGE, pageId);
    }

    public boolean isPost() {
        return kind == Kind.POST;
    }
}
