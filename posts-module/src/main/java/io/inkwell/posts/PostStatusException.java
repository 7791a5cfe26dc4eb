package io.inkwell.posts;

import io.inkwell.db.Refusal;

/**
 * The post's status does not allow this (submitting a published post for review, sending back one nobody
 * submitted, scheduling a post that is already public). Nothing was changed; the refusal says why, for the page,
 * in words the site can show in its language; the message is the English of it.
 */
public class PostStatusException extends RuntimeException {

    private final Refusal refusal;

    public PostStatusException(Refusal refusal) {
        super(refusal.english());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
