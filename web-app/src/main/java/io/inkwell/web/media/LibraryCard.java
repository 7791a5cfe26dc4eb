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

    /** "82 KB", "1.4 MB". */
    public String size() {
        long bytes = item.byteSize();
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        long tenths = Math.round(bytes / (1024.0 * 1024.0) * 10);
        return tenths / 10 + "." + tenths % 10 + " MB";
    }
}
