package io.inkwell.integrations;

/** A field of a key or webhook form that cannot be stored: {@code field} names it, the message says why, for people. */
public class InvalidIntegrationException extends RuntimeException {

    private final String field;

    public InvalidIntegrationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
