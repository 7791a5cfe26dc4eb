package io.inkwell.users.internal;

import io.inkwell.db.Refusal;
import io.inkwell.db.Savepoints;
import io.inkwell.users.AccountFieldException;
import io.inkwell.users.Actor;
import io.inkwell.users.ChangeEmail;
import io.inkwell.users.EmailConfirmationRequested;
import io.inkwell.users.EmailConfirmations;
import io.inkwell.users.EmailTakenException;
import io.inkwell.users.IncorrectPasswordException;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.PendingConfirmation;
import io.inkwell.users.TokenProblem;
import io.inkwell.users.TokenRefusedException;
import io.inkwell.users.UserNotFoundException;
import io.inkwell.users.UserStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class EmailConfirmationService implements EmailConfirmations {

    private final EmailConfirmationMapper confirmations;
    private final UserMapper users;
    private final PasswordEncoder passwords;
    private final Savepoints savepoints;
    private final ApplicationEventPublisher events;

    EmailConfirmationService(EmailConfirmationMapper confirmations, UserMapper users, PasswordEncoder passwords,
            Savepoints savepoints, ApplicationEventPublisher events) {
        this.confirmations = confirmations;
        this.users = users;
        this.passwords = passwords;
        this.savepoints = savepoints;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public PendingConfirmation check(String token) {
        LinkTokenRow link = find(token, false);
        return new PendingConfirmation(link.email(), EmailConfirmationMapper.CHANGE.equals(link.purpose()));
    }

    @Override
    @Transactional
    public UUID confirm(String token) {
        byte[] hash = SecretTokens.sha256(plausible(token));
        LinkTokenRow link = find(token, true);
        UserRow user = users.selectById(link.userId()).filter(found -> found.status() == UserStatus.ACTIVE)
                .orElseThrow(() -> new TokenRefusedException(TokenProblem.UNKNOWN));
        if (EmailConfirmationMapper.CHANGE.equals(link.purpose())) {
            // Another account may have taken the address since the link was sent: the unique index decides.
            if (!savepoints.tryUnique(() -> users.updateEmail(user.id(), link.email()))) {
                throw new EmailTakenException();
            }
        } else if (!user.email().equals(link.email())) {
            // The account has another address now; this link confirmed the old one.
            throw new TokenRefusedException(TokenProblem.USED);
        } else {
            users.markEmailVerified(user.id());
        }
        confirmations.markUsed(hash);
        return user.id();
    }

    @Override
    @Transactional
    public void resend(Actor actor) {
        UserRow user = ownAccount(actor);
        if (!user.emailVerified()) {
            sendVerification(user);
        }
    }

    @Override
    @Transactional
    public void changeEmail(Actor actor, ChangeEmail command) {
        UserRow user = ownAccount(actor);
        if (!actor.owns(command.userId())) {
            throw new NotAllowedException(actor.userId() + " may not change the address of " + command.userId());
        }
        String email = AccountRules.email("newEmail", command.newEmail());
        if (command.currentPassword() == null || !passwords.matches(command.currentPassword(), user.passwordHash())) {
            throw new IncorrectPasswordException();
        }
        if (email.equals(user.email())) {
            throw new AccountFieldException("newEmail", Refusal.of("refused.account.sameEmail", "This is your address already."));
        }
        // Whether another account has the address is not said here (it would tell who has an account): the
        // link then fails with that message, and only the owner of the address can follow it.
        confirmations.markUsedByUserId(user.id(), EmailConfirmationMapper.CHANGE);
        send(user, email, EmailConfirmationMapper.CHANGE, user.email());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> pendingChange(UUID userId) {
        return confirmations.selectPendingChange(userId);
    }

    /** A link confirming the account's own address, in the caller's transaction (registration, "Resend"). */
    @Transactional(propagation = Propagation.MANDATORY)
    void sendVerification(UserRow user) {
        send(user, user.email(), EmailConfirmationMapper.VERIFY, null);
    }

    private void send(UserRow user, String email, String purpose, String previousEmail) {
        confirmations.deleteStale();
        String token = SecretTokens.next();
        confirmations.insert(SecretTokens.sha256(token), user.id(), email, purpose, VALIDITY.toSeconds());
        events.publishEvent(new EmailConfirmationRequested(user.id(), email, user.name(), token, Instant.now().plus(VALIDITY),
                previousEmail));
    }

    private LinkTokenRow find(String token, boolean forUpdate) {
        byte[] hash = SecretTokens.sha256(plausible(token));
        Optional<LinkTokenRow> found = forUpdate ? confirmations.selectByHashForUpdate(hash) : confirmations.selectByHash(hash);
        return found.orElseThrow(() -> new TokenRefusedException(TokenProblem.UNKNOWN)).usable();
    }

    private static String plausible(String token) {
        if (!SecretTokens.plausible(token)) {
            throw new TokenRefusedException(TokenProblem.UNKNOWN);
        }
        return token;
    }

    private UserRow ownAccount(Actor actor) {
        if (!actor.isActive()) {
            throw new NotAllowedException(actor.userId() + " is not active");
        }
        return users.selectById(actor.userId()).orElseThrow(() -> new UserNotFoundException(actor.userId()));
    }
}
