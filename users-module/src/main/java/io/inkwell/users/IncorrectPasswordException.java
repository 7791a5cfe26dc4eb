package io.inkwell.users;

/** The current password given with a password change is not the account's password. */
public class IncorrectPasswordException extends AccountFieldException {

    public IncorrectPasswordException() {
        super("currentPassword", "This is not your current password.");
    }
}
