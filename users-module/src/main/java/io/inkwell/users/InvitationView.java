package io.inkwell.users;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation still open, as the admin list and the invitee's form show it.
 *
 * @param invitedBy the inviting admin's name, or null when that account was deleted since (the pages then say "an admin")
 * @param importedName the name of the imported account ({@link UserStatus#INVITED}) this invitation sets up, which the
 *                     invitee's form starts with; null for a new address
 */
public record InvitationView(UUID id, String email, Role role, String invitedBy, Instant createdAt, Instant expiresAt,
                             String importedName) {
}
