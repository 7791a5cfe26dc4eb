package io.inkwell.users.internal;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.AdminBootstrap;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccessChanged;
import io.inkwell.users.UserStatus;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class BootstrapService implements AdminBootstrap {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserMapper users;
    private final PasswordEncoder passwords;
    private final Credentials credentials;
    private final ApplicationEventPublisher events;
    private final UserSummaryCache summaries;

    BootstrapService(UserMapper users, PasswordEncoder passwords, Credentials credentials, ApplicationEventPublisher events,
            UserSummaryCache summaries) {
        this.users = users;
        this.passwords = passwords;
        this.credentials = credentials;
        this.events = events;
        this.summaries = summaries;
    }

    @Override
    @Transactional
    public BootstrapOutcome ensureAdmin(String email, String password) {
        String normalized = AccountRules.email(email);
        AccountRules.password("password", password);
        Optional<UserRow> existing = users.selectByEmail(normalized);
        if (existing.isEmpty()) {
            users.insert(new UserRow(TimeOrderedIds.next(), normalized, passwords.encode(password), "Admin", Role.ADMIN,
                    UserStatus.ACTIVE, null, true, null, null, null));
            return BootstrapOutcome.CREATED;
        }
        UserRow user = existing.get();
        if (user.role() == Role.ADMIN && user.status() == UserStatus.ACTIVE) {
            return BootstrapOutcome.ALREADY_ACTIVE;
        }
        users.updateRoleAndStatus(user.id(), Role.ADMIN, UserStatus.ACTIVE);
        summaries.forgetWhenDone(user.id());
        credentials.setPassword(user.id(), "password", password);
        events.publishEvent(new UserAccessChanged(user.id(), Role.ADMIN, UserStatus.ACTIVE));
        return BootstrapOutcome.REACTIVATED;
    }

    @Override
    @Transactional
    public Optional<String> createDemoAdminIfNone(String email, String name) {
        if (!users.selectActiveAdminIdsForUpdate().isEmpty()) {
            return Optional.empty();
        }
        String password = generatedPassword();
        String normalized = AccountRules.email(email);
        Optional<UserRow> existing = users.selectByEmail(normalized);
        if (existing.isPresent()) {
            users.updateRoleAndStatus(existing.get().id(), Role.ADMIN, UserStatus.ACTIVE);
            summaries.forgetWhenDone(existing.get().id());
            credentials.setPassword(existing.get().id(), "password", password);
        } else {
            users.insert(new UserRow(TimeOrderedIds.next(), normalized, passwords.encode(password), AccountRules.name(name),
                    Role.ADMIN, UserStatus.ACTIVE, null, true, null, null, null));
        }
        return Optional.of(password);
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
