package io.inkwell.users;

/** Only an active account can log in; deleting an account is this status change, never a row delete. */
public enum UserStatus {
    ACTIVE, SUSPENDED, DELETED
}
