package io.inkwell.users;

/**
 * An admin invites {@code email} to join with {@code role}. A null role keeps the role of the imported account
 * this address belongs to ({@link UserStatus#INVITED}); a new address then joins as an author ({@link Role#USER}).
 */
public record InviteUser(String email, Role role) {
}
