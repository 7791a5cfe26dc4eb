package io.inkwell.users.internal;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;

/** Test rows with sensible defaults. */
final class UserRows {

    static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuuN6hK2n1ZQe9Q8zq1yWnZ0Vb1yH9fQ2";

    private UserRows() {
    }

    static UserRow user(String name, String email) {
        return new UserRow(TimeOrderedIds.next(), email, HASH, name, Role.USER, UserStatus.ACTIVE, null, false,
                null, null, null);
    }

    static UserRow user(String name, String email, Role role, UserStatus status) {
        return new UserRow(TimeOrderedIds.next(), email, HASH, name, role, status, null, false, null, null, null);
    }

    static UserRow withAvatar(UserRow row, String avatarUrl) {
        return new UserRow(row.id(), row.email(), row.passwordHash(), row.name(), row.role(), row.status(), avatarUrl,
                row.emailVerified(), row.lastLoginAt(), row.createdAt(), row.updatedAt());
    }
}
