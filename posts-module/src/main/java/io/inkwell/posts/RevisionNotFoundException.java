package io.inkwell.posts;

/** No revision with this number (never made, or pruned), or none of a post or page that no longer exists. */
public class RevisionNotFoundException extends RuntimeException {

    public RevisionNotFoundException(String message) {
        super(message);
    }
}
