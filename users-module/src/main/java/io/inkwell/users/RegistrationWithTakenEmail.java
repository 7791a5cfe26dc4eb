package io.inkwell.users;

/**
 * Someone used the registration form with an address that already has an account. The form answered as
 * for any address ("check your email"); the owner of the address is told instead, with a way to sign in.
 */
public record RegistrationWithTakenEmail(String email, String name) {
}
