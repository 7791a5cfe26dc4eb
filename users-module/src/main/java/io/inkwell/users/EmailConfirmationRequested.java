package io.inkwell.users;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that stores a new confirmation link for {@code email}: after registration
 * (and each "Resend"), or for a new address someone asked to change to; then {@code previousEmail} is the
 * account's current address, which is told of the change.
 */
public record EmailConfirmationRequested(UUID userId, String email, String name, String token, Instant expiresAt,
                                         String previousEmail) {

    public boolean isChange() {
        return previousEmail != null;
    }

    @Override
    public String toString() {
        return "EmailConfirmationRequested[" + userId + "]";
    }
}
