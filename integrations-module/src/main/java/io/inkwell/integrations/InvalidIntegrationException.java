package io.inkwell.integrations;

import io.inkwell.db.Refusal;

/**
 * A field of a key or webhook form that cannot be stored: {@code field} names it, the refusal says why, in words
 * the site shows in its language (the message is its English).
 */
public class InvalidIntegrationException extends RuntimeException {

    private final String field;
    private final Refusal refusal;

    public InvalidIntegrationException(String field, Refusal refusal) {
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
