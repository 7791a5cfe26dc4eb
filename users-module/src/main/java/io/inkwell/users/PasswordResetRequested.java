package io.inkwell.users;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that stores a new password reset link: the mail context writes the mail
 * carrying {@code token} in the same transaction. The token itself is stored nowhere else (only its hash).
 */
public record PasswordResetRequested(UUID userId, String email, String name, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordResetRequested[" + userId + "]";
    }
}
