package io.inkwell.users.internal;

import io.inkwell.users.Role;
import io.inkwell.users.SessionAccount;
import io.inkwell.users.UserStatus;
import java.util.UUID;

/** What a login needs of an account: the session's view of it plus the password hash, which stays in here. */
record SignInRow(UUID id, String email, String name, Role role, UserStatus status, String passwordHash, int sessionEpoch,
                 boolean emailConfirmed, boolean twoFactorEnabled) {

    SessionAccount account() {
        return new SessionAccount(id, email, name, role, status, sessionEpoch, emailConfirmed, twoFactorEnabled);
    }

    @Override
    public String toString() {
        return "SignInRow[" + id + ", " + role + ", " + status + "]";
    }
}
