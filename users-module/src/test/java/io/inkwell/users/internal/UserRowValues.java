package io.inkwell.users.internal;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
import io.inkwell.users.test.UserRows;

/** {@link UserRow}s with sensible defaults for the mapper's insert; nothing is written here. */
final class UserRowValues {

    private UserRowValues() {
    }

    static UserRow user(String name, String email) {
        return user(name, email, Role.USER, UserStatus.ACTIVE);
    }

    static UserRow user(String name, String email, Role role, UserStatus status) {
        return new UserRow(TimeOrderedIds.next(), email, UserRows.PASSWORD_HASH, name, role, status, null, true,
                null, null, null);
    }

    static UserRow withAvatar(UserRow row, String avatarUrl) {
        return new UserRow(row.id(), row.email(), row.passwordHash(), row.name(), row.role(), row.status(), avatarUrl,
                row.emailVerified(), row.lastLoginAt(), row.createdAt(), row.updatedAt());
    }
}
