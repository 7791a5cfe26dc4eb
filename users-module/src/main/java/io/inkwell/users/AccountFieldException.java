package io.inkwell.users;

/**
 * A command was refused because of one of its fields; {@link #field()} names the command component
 * (and the form field) the message belongs next to.
 */
public class AccountFieldException extends RuntimeException {

    private final String field;

    public AccountFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
