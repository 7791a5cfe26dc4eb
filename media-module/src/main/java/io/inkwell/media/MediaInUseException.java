package io.inkwell.media;

import java.util.List;
import java.util.UUID;

/** A delete refused because posts still show the image; {@code referrerIds} are their ids. */
public class MediaInUseException extends RuntimeException {

    private final List<UUID> referrerIds;

    public MediaInUseException(List<UUID> referrerIds) {
        super("The image is still used by " + referrerIds.size() + (referrerIds.size() == 1 ? " post." : " posts."));
        this.referrerIds = List.copyOf(referrerIds);
    }

    public List<UUID> referrerIds() {
        return referrerIds;
    }
}
