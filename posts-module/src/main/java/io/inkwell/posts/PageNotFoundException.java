package io.inkwell.posts;

/** The page does not exist: a 404. */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException(String message) {
        super(message);
    }
}
