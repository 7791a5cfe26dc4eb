package io.inkwell.web.media;

import io.inkwell.media.MediaItem;
import io.inkwell.media.MediaLibrary;
import io.inkwell.web.security.SignedInUser;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the post editor's media parts read ({@code @mediaPicker} in templates/media/editor.html), so that the
 * editor's controller needs to know nothing of the library: the newest images the author may use, and the
 * upload limit for the script's own check.
 */
@Component("mediaPicker")
public class MediaPicker {

    static final int RECENT = 12;

    private final MediaLibrary library;
    private final ImageUploads uploads;

    MediaPicker(MediaLibrary library, ImageUploads uploads) {
        this.library = library;
        this.uploads = uploads;
    }

    /** An image to pick: its thumbnail and the absolute address a featured image field keeps. */
    public record PickerImage(String thumbnailPath, String altText, int width, int height, String url) {
    }

    public List<PickerImage> recent(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser me)
                || !me.actor().mayUploadMedia()) {
            return List.of();
        }
        return library.list(me.actor(), null, Optional.empty(), RECENT).items().stream().map(this::picked).toList();
    }

    public long maxFileBytes() {
        return uploads.maxFileBytes();
    }

    private PickerImage picked(MediaItem item) {
        var thumbnail = item.sizes().fallback(480);
        return new PickerImage(item.thumbnailPath(), item.altText(), thumbnail.width(), thumbnail.height(),
                uploads.absoluteUrl(item, 1600));
    }
}
