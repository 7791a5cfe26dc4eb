package io.inkwell.posts;

import io.inkwell.db.Refusal;

/** A tag name the site does not take (empty, too long, with a comma), or a merge of a tag into itself. */
public class InvalidTagException extends RuntimeException {

    private final Refusal refusal;

    public InvalidTagException(Refusal refusal) {
        super(refusal.english());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
