package io.inkwell.users.internal;

import io.inkwell.users.Role;
import java.util.UUID;

/** One invitation of a batch, as {@link InvitationMapper#insertAll} stores it: the token only as its hash. */
record NewInvitation(UUID id, String email, Role role, byte[] tokenHash) {
}
