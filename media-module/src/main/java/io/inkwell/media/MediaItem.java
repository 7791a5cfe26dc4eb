package io.inkwell.media;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A library entry as the library page shows it: who uploaded which file when, under which name and alt text,
 * its stored sizes, and the ids of the posts that show it ({@code usedIn}; their titles come from the posts API).
 */
public record MediaItem(UUID id, String hash, UUID uploaderId, String fileName, String altText, Instant createdAt,
                        String format, ImageSizes sizes, int byteSize, List<UUID> usedIn) {

    public MediaItem {
        usedIn = List.copyOf(usedIn);
    }

    public boolean isUsed() {
        return !usedIn.isEmpty();
    }

    /** The last part of its addresses: the cleaned name with the stored format's extension. */
    public String urlName() {
        return MediaUrls.urlName(fileName, format);
    }

    /** The site-relative address of one of its variants. */
    public String path(String variant) {
        return MediaUrls.path(hash, variant, urlName());
    }

    /** The variant a page shows by default: the widest up to 960 pixels (the width of the site's text column, doubled). */
    public String displayPath() {
        return path(sizes.fallback(960).name());
    }

    public String thumbnailPath() {
        return path(sizes.fallback(480).name());
    }
}
