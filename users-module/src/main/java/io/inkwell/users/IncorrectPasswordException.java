package io.inkwell.users;

import io.inkwell.db.Refusal;

/** The current password given with a password change is not the account's password. */
public class IncorrectPasswordException extends AccountFieldException {

    public IncorrectPasswordException() {
        super("currentPassword", Refusal.of("refused.account.passwordIncorrect", "This is not your current password."));
    }
}
