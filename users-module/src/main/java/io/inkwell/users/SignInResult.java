package io.inkwell.users;

import java.util.Objects;

/**
 * The answer to a login. Only {@link Outcome#SIGNED_IN} carries the account; the web layer shows every
 * refusal with the same message, so the page tells nobody which emails have accounts.
 */
public record SignInResult(Outcome outcome, SessionAccount account) {

    public enum Outcome {
        SIGNED_IN,
        /** Wrong password or unknown email: the only outcome that counts towards the login throttle. */
        WRONG_CREDENTIALS,
        /** Too many wrong passwords lately; the password was not checked. */
        LOCKED,
        /** Suspended or deleted; the password was not checked. */
        NOT_ACTIVE
    }

    public SignInResult {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.SIGNED_IN) != (account != null)) {
            throw new IllegalArgumentException("Exactly a successful sign-in carries the account");
        }
    }

    public static SignInResult signedIn(SessionAccount account) {
        return new SignInResult(Outcome.SIGNED_IN, account);
    }

    public static SignInResult refused(Outcome outcome) {
        return new SignInResult(outcome, null);
    }

    public boolean isSignedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
