package io.inkwell.users;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Admins invite people by email with a role; the invitee's link opens a form for name and password, works
 * once, for {@link #VALIDITY}, also while registration is closed, and can be revoked until it is used.
 * Everything but the invitee's two calls needs an actor who may manage users ({@link NotAllowedException}).
 */
public interface Invitations {

    Duration VALIDITY = Duration.ofDays(7);

    /**
     * Stores the invitation and publishes {@link InvitationSent}. Refuses with an {@link AccountFieldException}
     * for {@code email} when it is no address or already has an account.
     */
    UUID invite(Actor admin, InviteUser command);

    /** Invitations neither accepted, revoked nor expired, newest first (at most 100). */
    List<InvitationView> open(Actor admin);

    /** Throws {@link InvitationNotFoundException} unless the invitation is open. */
    void revoke(Actor admin, UUID invitationId);

    /** The invitation of this link, without using it; {@link TokenRefusedException} saying why it does not work. */
    InvitationView check(String token);

    /**
     * Creates the account (with the invitation's email and role, its address confirmed) and uses the link up.
     * Throws {@link TokenRefusedException}, {@link EmailTakenException}, or {@link AccountFieldException}s for
     * {@code name} and {@code password}. Returns the new account's id.
     */
    UUID accept(String token, AcceptInvitation command);
}
