package io.inkwell.users;

/** Whether an account signs in with a second factor, and how many of its recovery codes are left. */
public record TwoFactorStatus(boolean enabled, int recoveryCodesLeft) {
}
