package io.inkwell.users.internal;

import io.inkwell.users.TokenProblem;
import io.inkwell.users.TokenRefusedException;
import java.util.UUID;

/**
 * A stored link of a password reset or an email confirmation, with the database's verdict on its age (so
 * every instance agrees). {@code email} and {@code purpose} are a confirmation's; a reset has neither.
 */
record LinkTokenRow(UUID userId, String email, String purpose, boolean expired, boolean used) {

    /** This link, if it can still be used; the problem a person is told otherwise. */
    LinkTokenRow usable() {
        if (used) {
            throw new TokenRefusedException(TokenProblem.USED);
        }
        if (expired) {
            throw new TokenRefusedException(TokenProblem.EXPIRED);
        }
        return this;
    }
}
