package io.inkwell.users;

/** What following a confirmation link would do: confirm the account's address, or change it to {@code email}. */
public record PendingConfirmation(String email, boolean change) {
}
