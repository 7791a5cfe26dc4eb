package io.inkwell.posts;

import java.util.List;

/** One keyset page of a public listing; {@code next} is empty on the last page. */
public record Listing<T>(List<T> items, PostCursor next) {

    public Listing {
        items = List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public boolean hasNext() {
        return next != null;
    }

    public String nextToken() {
        return next == null ? null : next.token();
    }
}
