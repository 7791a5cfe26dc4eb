package io.inkwell.posts;

/** The caller may not change this post: a 403. */
public class PostAccessDeniedException extends RuntimeException {

    public PostAccessDeniedException(String message) {
        super(message);
    }
}
