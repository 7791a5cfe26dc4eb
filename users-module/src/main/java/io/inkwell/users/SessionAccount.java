package io.inkwell.users;

import java.util.UUID;

/**
 * An account as a signed-in session holds it; never the password hash. {@code sessionEpoch} is the
 * generation of the account's sessions: a session signed in with an older one has ended
 * ({@link UserSignIn#maySessionContinue}).
 */
public record SessionAccount(UUID id, String email, String name, Role role, UserStatus status, int sessionEpoch) {

    public Actor actor() {
        return new Actor(id, role, status);
    }
}
