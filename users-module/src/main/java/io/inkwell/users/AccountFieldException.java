package io.inkwell.users;

import io.inkwell.db.Refusal;

/**
 * A command was refused because of one of its fields; {@link #field()} names the command component
 * (and the form field) the refusal belongs next to, {@link #refusal()} says it in words the site can show in
 * its language ({@link #getMessage()} is the English of it).
 */
public class AccountFieldException extends RuntimeException {

    private final String field;
    private final Refusal refusal;

    public AccountFieldException(String field, Refusal refusal) {
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
