package io.inkwell.users;

import java.util.UUID;

/** No open invitation has this id (unknown, accepted, revoked or expired): a 404 for the web layer. */
public class InvitationNotFoundException extends RuntimeException {

    public InvitationNotFoundException(UUID id) {
        super("No open invitation " + id);
    }
}
