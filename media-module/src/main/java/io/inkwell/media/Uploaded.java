package io.inkwell.media;

/** The result of an upload: the library entry, and whether the uploader had this very file in their library already. */
public record Uploaded(MediaItem item, boolean alreadyInLibrary) {
}
