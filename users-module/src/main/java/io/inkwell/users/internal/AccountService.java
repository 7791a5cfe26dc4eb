package io.inkwell.users.internal;

import io.inkwell.db.Savepoints;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.Account;
import io.inkwell.users.Actor;
import io.inkwell.users.AuthorProfile;
import io.inkwell.users.ChangePassword;
import io.inkwell.users.ChangeProfile;
import io.inkwell.users.EmailTakenException;
import io.inkwell.users.IncorrectPasswordException;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.RegisterUser;
import io.inkwell.users.RegistrationWithTakenEmail;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserNotFoundException;
import io.inkwell.users.UserStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountService implements UserAccounts {

    private final UserMapper users;
    private final PasswordEncoder passwords;
    private final Credentials credentials;
    private final EmailConfirmationService confirmations;
    private final Savepoints savepoints;
    private final ApplicationEventPublisher events;
    private final UserSummaryCache summaries;

    AccountService(UserMapper users, PasswordEncoder passwords, Credentials credentials, EmailConfirmationService confirmations,
            Savepoints savepoints, ApplicationEventPublisher events, UserSummaryCache summaries) {
        this.users = users;
        this.passwords = passwords;
        this.credentials = credentials;
        this.confirmations = confirmations;
        this.savepoints = savepoints;
        this.events = events;
        this.summaries = summaries;
    }

    @Override
    @Transactional
    public UUID register(RegisterUser command) {
        UserRow row = newUser(command, true);
        try {
            // No "exists?" query first: the unique index is the one check that also holds when two registrations race.
            users.insert(row);
        } catch (DuplicateKeyException e) {
            throw new EmailTakenException();
        }
        return row.id();
    }

    @Override
    @Transactional
    public void signUp(RegisterUser command) {
        // The password is hashed either way, so the answer takes as long whether or not the email has an account.
        UserRow row = newUser(command, false);
        if (savepoints.tryUnique(() -> users.insert(row))) {
            confirmations.sendVerification(row);
        } else {
            events.publishEvent(new RegistrationWithTakenEmail(row.email(), row.name()));
        }
    }

    private UserRow newUser(RegisterUser command, boolean emailVerified) {
        String email = AccountRules.email(command.email());
        String name = AccountRules.name(command.name());
        String hash = passwords.encode(AccountRules.password("password", command.password()));
        return new UserRow(TimeOrderedIds.next(), email, hash, name, Role.USER, UserStatus.ACTIVE, null, emailVerified,
                null, null, null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> account(UUID userId) {
        return users.selectById(userId)
                .map(row -> new Account(row.id(), row.email(), row.name(), row.avatarUrl(), row.emailVerified()));
    }

    @Override
    @Transactional
    public void changeProfile(Actor actor, ChangeProfile command) {
        if (!actor.mayModify(command.userId())) {
            throw new NotAllowedException(actor.userId() + " may not change the profile of " + command.userId());
        }
        String name = AccountRules.name(command.name());
        String avatarUrl = AccountRules.avatarUrl(command.avatarUrl());
        if (users.updateProfile(command.userId(), name, avatarUrl) == 0) {
            throw new UserNotFoundException(command.userId());
        }
        summaries.forgetWhenDone(command.userId());
    }

    @Override
    @Transactional
    public void changePassword(Actor actor, ChangePassword command) {
        if (!actor.isActive() || !actor.owns(command.userId())) {
            throw new NotAllowedException(actor.userId() + " may not change the password of " + command.userId());
        }
        UserRow user = users.selectById(command.userId()).orElseThrow(() -> new UserNotFoundException(command.userId()));
        if (command.currentPassword() == null || !passwords.matches(command.currentPassword(), user.passwordHash())) {
            throw new IncorrectPasswordException();
        }
        credentials.setPassword(user.id(), "newPassword", command.newPassword());
    }

    @Override
    @Transactional
    public void endAllSessions(Actor actor) {
        if (!actor.isActive()) {
            throw new NotAllowedException(actor.userId() + " is not active");
        }
        credentials.endAllSessions(actor.userId());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AuthorProfile> authorProfile(UUID userId) {
        return users.selectAuthorProfileById(userId);
    }
}
