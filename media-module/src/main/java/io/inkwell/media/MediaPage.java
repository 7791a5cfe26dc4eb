package io.inkwell.media;

import java.util.List;
import java.util.UUID;

/** One keyset page of the library, newest first; {@code next} (the last entry's id) is null on the last page. */
public record MediaPage(List<MediaItem> items, UUID next) {

    public MediaPage {
        items = List.copyOf(items);
    }

    public String nextToken() {
        return next == null ? null : next.toString();
    }
}
