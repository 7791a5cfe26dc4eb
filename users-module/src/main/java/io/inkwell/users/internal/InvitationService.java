package io.inkwell.users.internal;

import io.inkwell.db.Refusal;
import io.inkwell.db.Savepoints;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.AcceptInvitation;
import io.inkwell.users.AccountContact;
import io.inkwell.users.AccountFieldException;
import io.inkwell.users.Actor;
import io.inkwell.users.AdministrationRefusedException;
import io.inkwell.users.EmailTakenException;
import io.inkwell.users.InvitationNotFoundException;
import io.inkwell.users.InvitationSent;
import io.inkwell.users.InvitationView;
import io.inkwell.users.Invitations;
import io.inkwell.users.InviteUser;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.TokenProblem;
import io.inkwell.users.TokenRefusedException;
import io.inkwell.users.UserNotFoundException;
import io.inkwell.users.UserStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    private final UserSummaryCache summaries;

    InvitationService(InvitationMapper invitations, UserMapper users, PasswordEncoder passwords, Savepoints savepoints,
            ApplicationEventPublisher events, UserSummaryCache summaries) {
        this.invitations = invitations;
        this.users = users;
        this.passwords = passwords;
        this.savepoints = savepoints;
        this.events = events;
        this.summaries = summaries;
    }

    @Override
    @Transactional
    public UUID invite(Actor admin, InviteUser command) {
        requireUserManager(admin);
        String email = AccountRules.email(command.email());
        Role role = command.role();
        UserRow account = users.selectByEmail(email).orElse(null);
        if (account != null && account.status() != UserStatus.INVITED) {
            throw new AccountFieldException("email", Refusal.of("refused.account.emailTaken", "An account with this email already exists."));
        }
        if (role == null) {
            role = account == null ? Role.USER : account.role();
        }
        String inviter = inviterName(admin);
        UUID id = TimeOrderedIds.next();
        String token = SecretTokens.next();
        invitations.insert(id, email, role, SecretTokens.sha256(token), admin.userId(), VALIDITY.toSeconds());
        events.publishEvent(new InvitationSent(id, email, role, inviter, token, Instant.now().plus(VALIDITY)));
        return id;
    }

    @Override
    @Transactional
    public UUID inviteImported(Actor admin, UUID userId) {
        requireUserManager(admin);
        UserRow account = users.selectById(userId).orElseThrow(() -> new UserNotFoundException(userId));
        if (account.status() != UserStatus.INVITED) {
            throw new AdministrationRefusedException(Refusal.of("refused.administration.notInvited",
                    "This account does not wait for an invitation any more: nothing was sent."));
        }
        if (AccountRules.receivesNoMail(account.email())) {
            throw new AdministrationRefusedException(Refusal.of("refused.administration.noMailAddress",
                    "The import gave this account a made-up address, which receives no mail: nothing was sent."));
        }
        return invite(admin, new InviteUser(account.email(), account.role()));
    }

    @Override
    @Transactional
    public int inviteAllImported(Actor admin) {
        requireUserManager(admin);
        String inviter = inviterName(admin);
        int invited = 0;
        List<AccountContact> batch;
        do {
            // Each batch's invitations are open once stored, so the next read starts after them.
            batch = invitations.selectImportedWithoutOpenInvitation(BATCH_SIZE);
            if (batch.isEmpty()) {
                break;
            }
            List<NewInvitation> rows = new ArrayList<>(batch.size());
            List<InvitationSent> sent = new ArrayList<>(batch.size());
            Instant expiresAt = Instant.now().plus(VALIDITY);
            for (AccountContact account : batch) {
                String token = SecretTokens.next();
                NewInvitation row = new NewInvitation(TimeOrderedIds.next(), account.email(), account.role(), SecretTokens.sha256(token));
                rows.add(row);
                sent.add(new InvitationSent(row.id(), row.email(), row.role(), inviter, token, expiresAt));
            }
            invitations.insertAll(rows, admin.userId(), VALIDITY.toSeconds());
            sent.forEach(events::publishEvent);
            invited += batch.size();
        } while (batch.size() == BATCH_SIZE);
        return invited;
    }

    /** invitations.invited_by references the inviter: a session of an account that is gone invites nobody. */
    private String inviterName(Actor admin) {
        return users.selectById(admin.userId()).map(UserRow::name)
                .orElseThrow(() -> new NotAllowedException("An account that is gone invites nobody; refused to " + admin.userId()));
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
        UserRow account = users.selectByEmail(invitation.email()).orElse(null);
        if (account != null) {
            return activate(invitation, account, hash, name);
        }
        // The link came to this address: it is confirmed.
        UserRow user = new UserRow(TimeOrderedIds.next(), invitation.email(), hash, name, invitation.role(), UserStatus.ACTIVE,
                null, true, null, null, null);
        if (!savepoints.tryUnique(() -> users.insert(user))) {
            throw new EmailTakenException();
        }
        invitations.markAccepted(invitation.id(), user.id());
        return user.id();
    }

    /**
     * The address belongs to an account already: an imported one is set up with its id, posts and comments. One that
     * another link set up first (also while this one waited for its row) makes this link a used one.
     */
    private UUID activate(InvitationRow invitation, UserRow account, String hash, String name) {
        if (account.status() == UserStatus.INVITED && users.activateInvited(account.id(), hash, name, invitation.role()) == 1) {
            invitations.markAccepted(invitation.id(), account.id());
            summaries.forgetWhenDone(account.id());
            return account.id();
        }
        if (account.status() == UserStatus.INVITED || invitations.existsAcceptedBy(account.id())) {
            throw new TokenRefusedException(TokenProblem.USED);
        }
        throw new EmailTakenException();
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
