package io.inkwell.users.internal;

import io.inkwell.db.Refusal;
import io.inkwell.db.Savepoints;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.AcceptInvitation;
import io.inkwell.users.AccountFieldException;
import io.inkwell.users.Actor;
import io.inkwell.users.EmailTakenException;
import io.inkwell.users.InvitationNotFoundException;
import io.inkwell.users.InvitationSent;
import io.inkwell.users.InvitationView;
import io.inkwell.users.Invitations;
import io.inkwell.users.InviteUser;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.TokenProblem;
import io.inkwell.users.TokenRefusedException;
import io.inkwell.users.UserStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class InvitationService implements Invitations {

    static final int OPEN_MAX = 100;

    private final InvitationMapper invitations;
    private final UserMapper users;
    private final PasswordEncoder passwords;
    private final Savepoints savepoints;
    private final ApplicationEventPublisher events;

    InvitationService(InvitationMapper invitations, UserMapper users, PasswordEncoder passwords, Savepoints savepoints,
            ApplicationEventPublisher events) {
        this.invitations = invitations;
        this.users = users;
        this.passwords = passwords;
        this.savepoints = savepoints;
        this.events = events;
    }

    @Override
    @Transactional
    public UUID invite(Actor admin, InviteUser command) {
        requireUserManager(admin);
        String email = AccountRules.email(command.email());
        Objects.requireNonNull(command.role(), "role");
        if (users.selectByEmail(email).isPresent()) {
            throw new AccountFieldException("email", Refusal.of("refused.account.emailTaken", "An account with this email already exists."));
        }
        // invitations.invited_by references the inviter: a session of an account that is gone invites nobody.
        String inviter = users.selectById(admin.userId()).map(UserRow::name)
                .orElseThrow(() -> new NotAllowedException("An account that is gone invites nobody; refused to " + admin.userId()));
        UUID id = TimeOrderedIds.next();
        String token = SecretTokens.next();
        invitations.insert(id, email, command.role(), SecretTokens.sha256(token), admin.userId(), VALIDITY.toSeconds());
        events.publishEvent(new InvitationSent(id, email, command.role(), inviter, token, Instant.now().plus(VALIDITY)));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InvitationView> open(Actor admin) {
        requireUserManager(admin);
        return invitations.selectOpen(OPEN_MAX).stream().map(InvitationRow::view).toList();
    }

    @Override
    @Transactional
    public void revoke(Actor admin, UUID invitationId) {
        requireUserManager(admin);
        if (invitations.revoke(invitationId) == 0) {
            throw new InvitationNotFoundException(invitationId);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public InvitationView check(String token) {
        return find(token, false).view();
    }

    @Override
    @Transactional
    public UUID accept(String token, AcceptInvitation command) {
        InvitationRow invitation = find(token, true);
        String name = AccountRules.name(command.name());
        String hash = passwords.encode(AccountRules.password("password", command.password()));
        // The link came to this address: it is confirmed.
        UserRow user = new UserRow(TimeOrderedIds.next(), invitation.email(), hash, name, invitation.role(), UserStatus.ACTIVE,
                null, true, null, null, null);
        if (!savepoints.tryUnique(() -> users.insert(user))) {
            throw new EmailTakenException();
        }
        invitations.markAccepted(invitation.id(), user.id());
        return user.id();
    }

    private InvitationRow find(String token, boolean forUpdate) {
        if (!SecretTokens.plausible(token)) {
            throw new TokenRefusedException(TokenProblem.UNKNOWN);
        }
        byte[] hash = SecretTokens.sha256(token);
        return (forUpdate ? invitations.selectByHashForUpdate(hash) : invitations.selectByHash(hash))
                .orElseThrow(() -> new TokenRefusedException(TokenProblem.UNKNOWN)).usable();
    }

    private static void requireUserManager(Actor actor) {
        if (!actor.mayManageUsers()) {
            throw new NotAllowedException("Only active admins invite people; refused to " + actor.userId());
        }
    }
}
