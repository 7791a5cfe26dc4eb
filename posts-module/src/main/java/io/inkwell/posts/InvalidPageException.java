package io.inkwell.posts;

import io.inkwell.db.Refusal;

/**
 * A field of the page form that cannot be saved as it is (an empty title, a reserved or taken slug, too long a
 * text), with the refusal in words the site can show in its language; the message is the English of it.
 */
public class InvalidPageException extends RuntimeException {

    private final String field;
    private final Refusal refusal;

    public InvalidPageException(String field, Refusal refusal) {
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
