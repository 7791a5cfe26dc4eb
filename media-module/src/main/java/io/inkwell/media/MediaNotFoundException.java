package io.inkwell.media;

/** No library entry with that id (or none the actor may see). */
public class MediaNotFoundException extends RuntimeException {

    public MediaNotFoundException(String message) {
        super(message);
    }
}
