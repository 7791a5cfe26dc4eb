package io.inkwell.users.internal;

import io.inkwell.users.UserNotFoundException;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where an account's password is set and where all of its sessions end, so that a password
 * change, a reset, a suspension and a deletion cannot forget a part. Runs inside the caller's transaction:
 * the change and the end of the sessions commit together or not at all.
 */
@Component
class Credentials {

    private final UserMapper users;
    private final RememberMeTokenMapper rememberMeTokens;
    private final PasswordEncoder passwords;
    private final AccountAccessCache access;

    Credentials(UserMapper users, RememberMeTokenMapper rememberMeTokens, PasswordEncoder passwords, AccountAccessCache access) {
        this.users = users;
        this.rememberMeTokens = rememberMeTokens;
        this.passwords = passwords;
        this.access = access;
    }

    /**
     * Checks the new password's length ({@code field} names it in a refusal), stores its hash and ends
     * every session and remembered login of the account.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void setPassword(UUID userId, String field, String newPassword) {
        String hash = passwords.encode(AccountRules.password(field, newPassword));
        if (users.updatePassword(userId, hash) == 0) {
            throw new UserNotFoundException(userId);
        }
        endAllSessions(userId);
    }

    /**
     * Moves the account's session generation on, so every open session of it ends at its next request on
     * every instance (this one forgets its cached answer at commit, the others within the cache's TTL),
     * and deletes its remembered logins.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void endAllSessions(UUID userId) {
        users.incrementSessionEpoch(userId);
        rememberMeTokens.deleteByUserId(userId);
        access.forgetAfterCommit(userId);
    }
}
