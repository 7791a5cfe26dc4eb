package io.inkwell.posts;

import io.inkwell.db.Refusal;

/**
 * A field the form can point at (a taken slug, a non-http image URL, an unknown category), with the refusal in
 * words the site can show in its language; the message is the English of it.
 */
public class InvalidPostException extends RuntimeException {

    private final String field;
    private final Refusal refusal;

    public InvalidPostException(String field, Refusal refusal) {
        super(refusal.english());
        this.field = field;
        this.refusal = refusal;
    }

    public String field() {
        return field;
    }

    public Refusal refusal() {
        return refusal;
    }
}
