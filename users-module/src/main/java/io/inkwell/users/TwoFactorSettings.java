package io.inkwell.users;

import java.util.List;
import java.util.UUID;

/**
 * Two-factor sign-in (TOTP, RFC 6238: 6 digits every 30 seconds) from the account's security page. It is
 * on once a set-up is confirmed with a first code; then ten single-use recovery codes are shown once, and
 * only their hashes are kept. Every method acts on the actor's own account.
 */
public interface TwoFactorSettings {

    int RECOVERY_CODES = 10;

    TwoFactorStatus status(UUID userId);

    /**
     * A new secret for the actor, replacing a set-up not yet confirmed; {@code issuer} (the site's title) is
     * what the authenticator app lists it under. Refused with {@link AccountFieldException} when it is on already.
     */
    TwoFactorSetup beginSetup(Actor actor, String issuer);

    /** The set-up waiting for its first code, if there is one. */
    java.util.Optional<TwoFactorSetup> pendingSetup(Actor actor, String issuer);

    /**
     * Turns two-factor sign-in on when {@code code} is the app's current code ({@link AccountFieldException}
     * for {@code code} otherwise) and returns the recovery codes, which are never shown again.
     */
    List<String> confirmSetup(Actor actor, String code);

    /** Turns it off, given the password and a code (of the app, or a recovery code). */
    void disable(Actor actor, String password, String code);
}
