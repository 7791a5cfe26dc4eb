package io.inkwell.users;

import java.time.Instant;
import java.util.UUID;

/** One row of the admin users table. */
public record UserListItem(UUID id, String email, String name, Role role, UserStatus status, Instant createdAt,
        Instant lastLoginAt) {
}
