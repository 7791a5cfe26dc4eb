package io.inkwell.mail;

/** Where a message is on its way. */
public enum MailStatus {
    /** Not tried yet, or no SMTP server is configured. */
    WAITING,
    SENT,
    /** Tried and refused or unreachable; it will be tried again (the last error is kept). */
    FAILING,
    /** Every attempt failed; only "Retry" sends it again. */
    GIVEN_UP
}
