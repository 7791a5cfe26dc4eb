package io.inkwell.users.internal;

import io.inkwell.users.Role;
import io.inkwell.users.SecondFactorResult;
import io.inkwell.users.SessionAccount;
import io.inkwell.users.SignInResult;
import io.inkwell.users.SignInResult.Outcome;
import io.inkwell.users.UserSignIn;
import io.inkwell.users.UserStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SignInService implements UserSignIn {

    private final UserMapper users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AccountAccessCache access;
    private final TwoFactorService twoFactor;
    private volatile String unknownAccountHash;

    SignInService(UserMapper users, PasswordEncoder passwords, LoginThrottle throttle, AccountAccessCache access,
            TwoFactorService twoFactor) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.access = access;
        this.twoFactor = twoFactor;
    }

    /**
     * Not one transaction on purpose: the password check takes tens of milliseconds of CPU and must not hold a
     * database connection meanwhile, so each statement runs and commits alone. Locked and inactive accounts are
     * refused before their password is checked, as Spring Security's own checks did.
     */
    @Override
    public SignInResult authenticate(String email, String password) {
        String normalized = AccountRules.normalizedEmail(email);
        String given = password == null ? "" : password;
        Optional<SignInRow> found = normalized.isEmpty() ? Optional.empty() : users.selectSignInByEmail(normalized);
        if (found.isEmpty()) {
            // As slow as a real check, so the answer's timing does not tell which emails have accounts.
            passwords.matches(given, unknownAccountHash());
            return SignInResult.refused(Outcome.WRONG_CREDENTIALS);
        }
        SignInRow account = found.get();
        if (throttle.isLocked(account.id())) {
            return SignInResult.refused(Outcome.LOCKED);
        }
        if (account.status() != UserStatus.ACTIVE) {
            return SignInResult.refused(Outcome.NOT_ACTIVE);
        }
        if (!passwords.matches(given, account.passwordHash())) {
            return SignInResult.refused(Outcome.WRONG_CREDENTIALS);
        }
        if (passwords.upgradeEncoding(account.passwordHash())) {
            // Only while the stored hash is still the one just checked: a password changed meanwhile stays changed.
            users.updatePasswordHashIfUnchanged(account.id(), account.passwordHash(), passwords.encode(given));
        }
        return SignInResult.signedIn(account.account());
    }

    private String unknownAccountHash() {
        String hash = unknownAccountHash;
        if (hash == null) {
            hash = passwords.encode("no account has this password");
            unknownAccountHash = hash;
        }
        return hash;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SessionAccount> sessionAccount(UUID userId) {
        return users.selectSessionAccountById(userId);
    }

    /** A locked account's code is not checked, as its password would not be. */
    @Override
    @Transactional
    public SecondFactorResult verifySecondFactor(UUID userId, String code) {
        if (throttle.isLocked(userId)) {
            return SecondFactorResult.LOCKED;
        }
        return twoFactor.verify(userId, code);
    }

    @Override
    public void recordFailedLogin(String email) {
        throttle.recordFailure(email);
    }

    @Override
    public void recordSuccessfulLogin(UUID userId) {
        throttle.recordSuccess(userId);
    }

    /** Not transactional on purpose: a cache hit must not borrow a database connection. */
    @Override
    public boolean maySessionContinue(UUID userId, Role sessionRole, int sessionEpoch) {
        return access.maySessionContinue(userId, sessionRole, sessionEpoch);
    }
}
