package io.inkwell.users;

import java.util.UUID;

/** A new address for one's own account, given with the current password; it takes effect when its link is followed. */
public record ChangeEmail(UUID userId, String newEmail, String currentPassword) {

    @Override
    public String toString() {
        return "ChangeEmail[" + userId + "]";
    }
}
