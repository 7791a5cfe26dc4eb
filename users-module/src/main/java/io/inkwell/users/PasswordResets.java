package io.inkwell.users;

import java.time.Duration;
import java.util.UUID;

/**
 * "Forgot your password?": a link by mail that sets a new password once. Needs no signed-in caller; the
 * web layer limits how often it is asked per address and per email.
 */
public interface PasswordResets {

    Duration VALIDITY = Duration.ofMinutes(30);

    /**
     * Stores a new link and publishes {@link PasswordResetRequested} when an active account has this email;
     * does nothing otherwise. Either way it returns alike, so its caller tells nobody which emails have accounts.
     */
    void request(String email);

    /** Whether the link would set a password now; {@link TokenRefusedException} saying why not. */
    void check(String token);

    /**
     * Sets the new password ({@link AccountFieldException} for {@code newPassword}), uses the link up, ends
     * every session and remembered login of the account and counts its address as confirmed (the link came
     * there). Returns the account's id.
     */
    UUID reset(String token, String newPassword);
}
