package io.inkwell.web.security;

import java.util.UUID;
import org.springframework.security.core.AuthenticationException;

/**
 * The password was right and the account signs in with a second factor: the login form's failure handler
 * keeps the account as {@link PendingSignIn} and asks for the code. Not a bad-credentials failure, so it counts
 * towards no throttle.
 */
class SecondFactorRequiredException extends AuthenticationException {

    private final transient PendingSignIn pending;

    SecondFactorRequiredException(UUID userId, String email) {
        super("A second factor is required");
        this.pending = new PendingSignIn(userId, email, false, System.currentTimeMillis());
    }

    PendingSignIn pending() {
        return pending;
    }
}
