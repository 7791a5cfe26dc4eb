package io.inkwell.users;

import io.inkwell.db.Refusal;

/** Another account already has this email (compared case-insensitively), also when two registrations race. */
public class EmailTakenException extends AccountFieldException {

    public EmailTakenException() {
        super("email", Refusal.of("refused.account.emailTaken", "An account with this email already exists."));
    }
}
