package io.inkwell.web.media;

import io.inkwell.media.MediaItem;
import java.util.List;

/** A library entry as the library page shows it: the entry, its uploader's name, and the posts that show it. */
public record LibraryCard(MediaItem item, String uploaderName, List<UsedIn> usedIn, String markdown, String url) {

    /** A post that shows the image: its title and where the viewer may go to it. */
    public record UsedIn(String title, String href) {
    }

    public String dimensions() {
        return item.sizes().width() + " × " + item.sizes().height();
    }

    /** The size in whole kilobytes (at least 1), as a file under a megabyte is shown: "82 KB". */
    public long kilobytes() {
        return Math.max(1, Math.round(item.byteSize() / 1024.0));
    }

    /**
     * The size in megabytes to a tenth, as a file of a megabyte or more is shown ("1.4 MB", in German "1,4 MB"), or null
     * for a smaller file.
     */
    public Double megabytes() {
        long bytes = item.byteSize();
        return bytes < 1024 * 1024 ? null : Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0;
    }
}
