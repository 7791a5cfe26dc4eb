package io.inkwell.users;

/** Another account already has this email (compared case-insensitively), also when two registrations race. */
public class EmailTakenException extends AccountFieldException {

    public EmailTakenException() {
        super("email", "An account with this email already exists.");
    }
}
