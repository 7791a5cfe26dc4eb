package io.inkwell.users.internal;

import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Five failed logins of one account within 15 minutes refuse its logins for 15 minutes, with the same answer as a wrong password. */
@Service
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final LoginAttemptMapper attempts;
    private final UserMapper users;

    LoginThrottle(LoginAttemptMapper attempts, UserMapper users) {
        this.attempts = attempts;
        this.users = users;
    }

    @Transactional
    public void recordFailure(String email) {
        if (email != null) {
            attempts.recordFailure(AccountRules.normalizedEmail(email), MAX_FAILURES, (int) WINDOW.toSeconds(),
                    (int) LOCK.toSeconds());
        }
    }

    @Transactional
    public void recordSuccess(UUID userId) {
        attempts.deleteByUserId(userId);
        users.updateLastLogin(userId);
    }

    @Transactional(readOnly = true)
    public boolean isLocked(UUID userId) {
        return attempts.isLocked(userId);
    }
}
