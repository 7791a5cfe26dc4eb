package io.inkwell.users;

import java.util.Objects;
import java.util.UUID;

/** An admin's decision about another account; {@link UserStatus#DELETED} is the soft delete. */
public record ChangeRoleAndStatus(UUID userId, Role role, UserStatus status) {

    public ChangeRoleAndStatus {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
    }
}
