package io.inkwell.users.internal;

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
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserNotFoundException;
import io.inkwell.users.UserStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountService implements UserAccounts {

    private final UserMapper users;
    private final PasswordEncoder passwords;
    private final Credentials credentials;

    AccountService(UserMapper users, PasswordEncoder passwords, Credentials credentials) {
        this.users = users;
        this.passwords = passwords;
        this.credentials = credentials;
    }

    @Override
    @Transactional
    public UUID register(RegisterUser command) {
        String email = AccountRules.email(command.email());
        String name = AccountRules.name(command.name());
        String hash = passwords.encode(AccountRules.password("password", command.password()));
        UserRow row = new UserRow(TimeOrderedIds.next(), email, hash, name, Role.USER, UserStatus.ACTIVE, null, false,
                null, null, null);
        try {
            // No "exists?" query first: the unique index is the one check that also holds when two registrations race.
            users.insert(row);
        } catch (DuplicateKeyException e) {
            throw new EmailTakenException();
        }
        return row.id();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> account(UUID userId) {
        return users.selectById(userId).map(row -> new Account(row.id(), row.email(), row.name(), row.avatarUrl()));
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
    @Transactional(readOnly = true)
    public Optional<AuthorProfile> authorProfile(UUID userId) {
        return users.selectAuthorProfileById(userId);
    }
}
