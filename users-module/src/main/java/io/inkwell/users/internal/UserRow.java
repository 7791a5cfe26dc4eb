package io.inkwell.users.internal;

import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code users}. Never leaves the users context: others get {@link io.inkwell.users.UserSummary}. */
record UserRow(
        UUID id,
        String email,
        String passwordHash,
        String name,
        Role role,
        UserStatus status,
        String avatarUrl,
        boolean emailVerified,
        Instant lastLoginAt,
        Instant createdAt,
        Instant updatedAt) {
}
