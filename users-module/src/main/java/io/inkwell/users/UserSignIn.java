package io.inkwell.users;

import java.util.Optional;
import java.util.UUID;

/**
 * Logging in and keeping a session, for the web layer's security: the password hash never leaves the
 * users context. After 5 wrong passwords within 15 minutes an account's logins are refused for 15
 * minutes ({@link SignInResult.Outcome#LOCKED}).
 */
public interface UserSignIn {

    /**
     * Checks the email (any case) and password. A correct password stored with an older hashing scheme is
     * re-hashed with the current one. Records nothing about the attempt: that is {@link #recordFailedLogin}
     * and {@link #recordSuccessfulLogin}, called once the caller has decided how the login ended.
     */
    SignInResult authenticate(String email, String password);

    /** The account a session of this id would hold now, of any status; empty for an unknown id. */
    Optional<SessionAccount> sessionAccount(UUID userId);

    /**
     * The code asked after the password of an account with two-factor sign-in: one of its authenticator app
     * (each accepted once) or an unused recovery code. Like {@link #authenticate} it records nothing: a
     * {@link SecondFactorResult#WRONG} code is reported with {@link #recordFailedLogin}, as a wrong password is.
     */
    SecondFactorResult verifySecondFactor(UUID userId, String code);

    /** Counts a wrong password towards the throttle of the account with this email, if there is one. */
    void recordFailedLogin(String email);

    /** Forgets the account's failed logins and stamps its last login. */
    void recordSuccessfulLogin(UUID userId);

    /**
     * Whether a session signed in with {@code sessionRole} and {@code sessionEpoch} may go on: the account
     * is still active, still has that role, and none of its sessions has been ended since. Asked on every
     * signed-in request, so answered from a cache that keeps an answer for a few seconds and forgets it at
     * once when this instance changes the account.
     */
    boolean maySessionContinue(UUID userId, Role sessionRole, int sessionEpoch);
}
