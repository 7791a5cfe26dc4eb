package io.inkwell.users;

/**
 * A set-up waiting for its first code: the secret as an authenticator app takes it typed (Base32) and as
 * the {@code otpauth://} address its QR code holds.
 */
public record TwoFactorSetup(String secret, String otpauthUri) {

    @Override
    public String toString() {
        return "TwoFactorSetup[]";
    }
}
