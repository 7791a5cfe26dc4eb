package io.inkwell.users;

/**
 * How long an account's fields may be. The account rules check them, the forms and their
 * {@code maxlength} read them, and the users table's CHECK constraints hold the same numbers for
 * what is stored (the users module's schema test inserts one character over each).
 */
public final class AccountLimits {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 255;
    public static final int PASSWORD_MIN = 8;
    /** What is typed; the stored hash has its own length. */
    public static final int PASSWORD_MAX = 128;
    public static final int AVATAR_URL_MAX = 500;

    private AccountLimits() {
    }
}
