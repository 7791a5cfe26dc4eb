package io.inkwell.users;

import java.time.Instant;
import java.util.UUID;

/** Published in the transaction that stores an invitation; the mail carrying {@code token} is written with it. */
public record InvitationSent(UUID invitationId, String email, Role role, String invitedBy, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "InvitationSent[" + invitationId + ", " + role + "]";
    }
}
