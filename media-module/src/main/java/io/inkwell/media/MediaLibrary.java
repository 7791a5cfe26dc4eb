package io.inkwell.media;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.util.unit.DataSize;

/**
 * The media library: uploading ({@link Actor#mayUploadMedia()}), listing and deleting (one's own, or anyone's
 * as an editor: {@link Actor#mayManageMedia(UUID)}); anyone else gets {@link NotAllowedException}.
 *
 * <p>An upload is checked from its bytes (JPEG, PNG, GIF or WebP by their magic numbers; at most
 * {@link #maxFileSize()} and {@link MediaLimits#MAX_PIXELS}, read from the header before decoding), decoded,
 * turned upright by its EXIF orientation, and re-encoded without any metadata into the original and each
 * {@link MediaLimits#WIDTHS width} below it, all stored in one transaction. Refusals are
 * {@link InvalidUploadException}s naming the field.
 *
 * <p>Other features that take an image (an avatar, a site's logo) upload it here and keep the absolute URL of a
 * variant ({@link MediaItem#path(String)} under the site's address).
 */
public interface MediaLibrary {

    Uploaded upload(Actor actor, UploadImage upload);

    /**
     * The newest entries after {@code after}: everyone's for an editor, the actor's own for an author. A
     * {@code query} matches the file name or the alt text, anywhere in them.
     */
    MediaPage list(Actor actor, String query, Optional<UUID> after, int size);

    /** One entry, if the actor may manage it; {@link MediaNotFoundException} otherwise (an id is no secret, its entry is). */
    MediaItem find(Actor actor, UUID id);

    /**
     * Removes the entry, and the stored images too when nobody else has the file in their library. Refused with
     * {@link MediaInUseException} while a post shows the image.
     */
    void delete(Actor actor, UUID id);

    /** The largest file an upload may be ({@code inkwell.media.max-file-size}). */
    DataSize maxFileSize();
}
