package io.inkwell.web.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.UUID;

/**
 * A sign-in whose password was right, waiting in the session for its second factor for at most {@link #VALIDITY}.
 * The session is not signed in meanwhile.
 */
record PendingSignIn(UUID userId, String email, boolean rememberMe, long startedAtMillis) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = PendingSignIn.class.getName();
    static final Duration VALIDITY = Duration.ofMinutes(5);

    PendingSignIn remembering(boolean remember) {
        return new PendingSignIn(userId, email, remember, startedAtMillis);
    }

    boolean expired() {
        return System.currentTimeMillis() - startedAtMillis > VALIDITY.toMillis();
    }
}
