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

    int BATCH_SIZE = 200;

    /**
     * Stores the invitation and publishes {@link InvitationSent}. An address of an account an import made
     * ({@link UserStatus#INVITED}) may be invited: accepting sets up that account, with its posts and comments.
     * Refuses with an {@link AccountFieldException} for {@code email} when it is no address or belongs to any other
     * account. Another invitation to the same address may be open: whichever link is used first wins.
     */
    UUID invite(Actor admin, InviteUser command);

    /**
     * Invites the imported account {@code userId} to its address, with its role. Throws {@link UserNotFoundException},
     * or {@link AdministrationRefusedException} when the account is not (any more) {@link UserStatus#INVITED} or its
     * address is one the import made up (in the {@code .invalid} domain, which receives no mail).
     */
    UUID inviteImported(Actor admin, UUID userId);

    /**
     * Invites every imported account ({@link UserStatus#INVITED}) that has no open invitation, with its role, but
     * none with a made-up {@code .invalid} address; reads and stores them in batches of {@link #BATCH_SIZE}. Returns
     * how many were invited.
     */
    int inviteAllImported(Actor admin);

    /** Invitations neither accepted, revoked nor expired, newest first (at most 100). */
    List<InvitationView> open(Actor admin);

    /** Throws {@link InvitationNotFoundException} unless the invitation is open. */
    void revoke(Actor admin, UUID invitationId);

    /** The invitation of this link, without using it; {@link TokenRefusedException} saying why it does not work. */
    InvitationView check(String token);

    /**
     * Creates the account (with the invitation's email and role, its address confirmed) and uses the link up; for
     * an imported account's address it activates that account instead, keeping its id. Throws
     * {@link TokenRefusedException} ({@link TokenProblem#USED} also when another link set the account up first),
     * {@link EmailTakenException} (someone registered the address meanwhile), or {@link AccountFieldException}s for
     * {@code name} and {@code password}. Returns the account's id.
     */
    UUID accept(String token, AcceptInvitation command);
}
