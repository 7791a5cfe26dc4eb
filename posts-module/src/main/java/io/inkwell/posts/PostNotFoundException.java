package io.inkwell.posts;

/** The post does not exist (or the caller may not see it): a 404. */
public class PostNotFoundException extends RuntimeException {

    public PostNotFoundException(String message) {
        super(message);
    }
}
