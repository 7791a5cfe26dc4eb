package io.inkwell.users;

import java.util.UUID;

/** A new password, accepted only with the current one. */
public record ChangePassword(UUID userId, String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "ChangePassword[" + userId + "]";
    }
}
