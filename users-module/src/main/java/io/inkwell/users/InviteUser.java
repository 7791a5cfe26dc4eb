package io.inkwell.users;

/** An admin invites {@code email} to join with {@code role}. */
public record InviteUser(String email, Role role) {
}
