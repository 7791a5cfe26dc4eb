package io.inkwell.users.internal;

import java.time.Instant;
import java.util.UUID;

/** One remembered login; {@code expired} is decided by the database clock, so every instance agrees. */
record RememberMeTokenRow(String series, UUID userId, byte[] tokenHash, Instant lastUsedAt, Instant expiresAt, boolean expired) {

    @Override
    public String toString() {
        return "RememberMeTokenRow[" + series + ", " + userId + "]";
    }
}
