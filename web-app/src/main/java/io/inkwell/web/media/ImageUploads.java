package io.inkwell.web.media;

import io.inkwell.db.Refusal;
import io.inkwell.media.InvalidUploadException;
import io.inkwell.media.MediaItem;
import io.inkwell.media.MediaLibrary;
import io.inkwell.media.UploadImage;
import io.inkwell.media.Uploaded;
import io.inkwell.users.Actor;
import java.io.IOException;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file a form sent, handed to the media library. Every feature that takes an uploaded image goes through
 * here: the library page, the editor, the account's avatar, and (once it exists) the site settings' logo
 * and icon, which keep {@link #absoluteUrl} of the stored image:
 *
 * <pre>{@code
 * try {
 *     MediaItem logo = uploads.upload(me.actor(), file, messages.getMessage("admin.settings.form.logoAltText", ...)).item();
 *     settings.changeLogo(me.actor(), uploads.absoluteUrl(logo, "480"));
 * } catch (InvalidUploadException e) {
 *     model.addAttribute("logoError", messages.getMessage(e.refusal()));
 * }
 * }</pre>
 */
@Component
public class ImageUploads {

    /** Every route that takes an uploaded image: their size is checked and their requests count as uploads. */
    public static final Set<String> ROUTES = Set.of("/admin/media", "/account/avatar", "/admin/settings/logo",
            "/admin/settings/icon");

    private final MediaLibrary library;
    private final ResponsiveImages images;

    ImageUploads(MediaLibrary library, ResponsiveImages images) {
        this.library = library;
        this.images = images;
    }

    /** Refused with {@link InvalidUploadException} (field {@code image} or {@code altText}), or NotAllowedException. */
    public Uploaded upload(Actor actor, MultipartFile file, String altText) {
        byte[] bytes;
        try {
            bytes = file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new InvalidUploadException("image",
                    Refusal.of("refused.upload.incomplete", "The file did not arrive whole: please send it again."));
        }
        return library.upload(actor, new UploadImage(bytes, file == null ? null : file.getOriginalFilename(), altText));
    }

    /**
     * The absolute address of one of the entry's variants (the widest up to {@code width} when that one was
     * not made): what fields that keep an http(s) address store.
     */
    public String absoluteUrl(MediaItem item, int width) {
        return images.absolute(item.path(item.sizes().fallback(width).name()));
    }

    public long maxFileBytes() {
        return library.maxFileSize().toBytes();
    }
}
