package io.inkwell.users;

import java.util.UUID;

/**
 * An account as a signed-in session holds it; never the password hash. {@code sessionEpoch} is the
 * generation of the account's sessions: a session signed in with an older one has ended
 * ({@link UserSignIn#maySessionContinue}). {@code twoFactorEnabled} says a password alone does not sign it in.
 */
public record SessionAccount(UUID id, String email, String name, Role role, UserStatus status, int sessionEpoch,
                             boolean emailConfirmed, boolean twoFactorEnabled) {

    /** A confirmed account without two-factor sign-in. */
    public SessionAccount(UUID id, String email, String name, Role role, UserStatus status, int sessionEpoch) {
        this(id, email, name, role, status, sessionEpoch, true, false);
    }

    public Actor actor() {
        return new Actor(id, role, status, emailConfirmed);
    }
}
