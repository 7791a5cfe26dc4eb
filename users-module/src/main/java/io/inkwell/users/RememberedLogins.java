package io.inkwell.users;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * "Remember me" logins, kept by the users context so that a password change, a suspension or a deletion
 * ends them together with the account's sessions. Only a hash of each token is stored.
 */
public interface RememberedLogins {

    /** A remembered login lasts this long after its last use. */
    Duration VALIDITY = Duration.ofDays(14);

    /** Starts a remembered login for this account. */
    RememberMeToken remember(UUID userId);

    /**
     * Accepts a cookie's token once: the token is replaced by a new one, which the cookie must carry from
     * now on. Empty when the series is unknown or expired, or the account is no longer active. A known
     * series with a wrong token means an old cookie was copied and replayed: every remembered login and
     * every session of that account ends.
     */
    Optional<RememberedSignIn> signIn(RememberMeToken presented);

    /** Ends the remembered login of this series (at logout); an unknown series is ignored. */
    void forget(String series);
}
