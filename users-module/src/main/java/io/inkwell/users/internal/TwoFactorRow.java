package io.inkwell.users.internal;

/** An account's TOTP secret; {@code confirmed} once a first code turned it on. */
record TwoFactorRow(String secret, boolean confirmed, long lastUsedStep) {

    @Override
    public String toString() {
        return "TwoFactorRow[" + confirmed + "]";
    }
}
