package io.inkwell.posts;

/** The tag does not exist, or readers cannot see it (no published post has it): a 404. */
public class TagNotFoundException extends RuntimeException {

    public TagNotFoundException(String message) {
        super(message);
    }
}
