package io.inkwell.users.internal;

import io.inkwell.users.InvitationView;
import io.inkwell.users.Role;
import io.inkwell.users.TokenProblem;
import io.inkwell.users.TokenRefusedException;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation with its inviter's name, the database's verdict on its age, and the name of the imported account
 * its address belongs to (null for a new address).
 */
record InvitationRow(UUID id, String email, Role role, String invitedBy, Instant createdAt, Instant expiresAt,
                     boolean expired, boolean accepted, boolean revoked, String importedName) {

    InvitationRow usable() {
        if (revoked) {
            throw new TokenRefusedException(TokenProblem.REVOKED);
        }
        if (accepted) {
            throw new TokenRefusedException(TokenProblem.USED);
        }
        if (expired) {
            throw new TokenRefusedException(TokenProblem.EXPIRED);
        }
        return this;
    }

    InvitationView view() {
        return new InvitationView(id, email, role, invitedBy, createdAt, expiresAt, importedName);
    }
}
