package io.inkwell.users;

/** The answer to the code asked after the password. */
public enum SecondFactorResult {
    /** A code of the authenticator app. */
    ACCEPTED,
    /** One of the recovery codes, now used up. */
    ACCEPTED_RECOVERY_CODE,
    /** Counts as a failed login, as a wrong password does. */
    WRONG,
    /** Too many failed logins lately; the code was not checked. */
    LOCKED
}
