package io.inkwell.posts;

/**
 * The post's status does not allow this (submitting a published post for review, sending back one nobody
 * submitted, scheduling a post that is already public). Nothing was changed; the message says why, for the page.
 */
public class PostStatusException extends RuntimeException {

    public PostStatusException(String message) {
        super(message);
    }
}
