package io.inkwell.users.internal;

import io.inkwell.users.PasswordResetRequested;
import io.inkwell.users.PasswordResets;
import io.inkwell.users.TokenProblem;
import io.inkwell.users.TokenRefusedException;
import io.inkwell.users.UserStatus;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PasswordResetService implements PasswordResets {

    private final PasswordResetMapper resets;
    private final UserMapper users;
    private final Credentials credentials;
    private final LoginAttemptMapper loginAttempts;
    private final ApplicationEventPublisher events;

    PasswordResetService(PasswordResetMapper resets, UserMapper users, Credentials credentials, LoginAttemptMapper loginAttempts,
            ApplicationEventPublisher events) {
        this.resets = resets;
        this.users = users;
        this.credentials = credentials;
        this.loginAttempts = loginAttempts;
        this.events = events;
    }

    @Override
    @Transactional
    public void request(String email) {
        if (!AccountRules.isEmail(email)) {
            return;
        }
        resets.deleteStale();
        users.selectByEmail(AccountRules.normalizedEmail(email)).filter(user -> user.status() == UserStatus.ACTIVE).ifPresent(user -> {
            String token = SecretTokens.next();
            resets.insert(SecretTokens.sha256(token), user.id(), VALIDITY.toSeconds());
            events.publishEvent(new PasswordResetRequested(user.id(), user.email(), user.name(), token, Instant.now().plus(VALIDITY)));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public void check(String token) {
        if (!SecretTokens.plausible(token)) {
            throw new TokenRefusedException(TokenProblem.UNKNOWN);
        }
        resets.selectByHash(SecretTokens.sha256(token)).orElseThrow(() -> new TokenRefusedException(TokenProblem.UNKNOWN)).usable();
    }

    @Override
    @Transactional
    public UUID reset(String token, String newPassword) {
        if (!SecretTokens.plausible(token)) {
            throw new TokenRefusedException(TokenProblem.UNKNOWN);
        }
        LinkTokenRow link = resets.selectByHashForUpdate(SecretTokens.sha256(token))
                .orElseThrow(() -> new TokenRefusedException(TokenProblem.UNKNOWN)).usable();
        UserRow user = users.selectById(link.userId()).filter(found -> found.status() == UserStatus.ACTIVE)
                .orElseThrow(() -> new TokenRefusedException(TokenProblem.UNKNOWN));
        credentials.setPassword(user.id(), "newPassword", newPassword);
        resets.markUsedByUserId(user.id());
        // The link came to this address, so it is the person's; and a lock from guessing no longer keeps them out.
        users.markEmailVerified(user.id());
        loginAttempts.deleteByUserId(user.id());
        return user.id();
    }
}
