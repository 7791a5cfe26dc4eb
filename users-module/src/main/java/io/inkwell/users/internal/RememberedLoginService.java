package io.inkwell.users.internal;

import io.inkwell.users.RememberMeToken;
import io.inkwell.users.RememberedLogins;
import io.inkwell.users.RememberedSignIn;
import io.inkwell.users.SessionAccount;
import io.inkwell.users.UserStatus;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembered logins as Spring Security's persistent-token approach keeps them (series and token, a new
 * token at every use, theft detected by an old token), except that only a SHA-256 of each token is stored.
 * The token is 256 random bits, so a fast hash is enough: there is nothing to guess.
 */
@Service
class RememberedLoginService implements RememberedLogins {

    private static final Logger log = LoggerFactory.getLogger(RememberedLoginService.class);
    private static final int SERIES_BYTES = 16;
    private static final int TOKEN_BYTES = 32;
    /** Longer values cannot be ours; they are refused without a query. */
    private static final int MAX_PRESENTED_LENGTH = 64;

    private final RememberMeTokenMapper tokens;
    private final UserMapper users;
    private final Credentials credentials;

    RememberedLoginService(RememberMeTokenMapper tokens, UserMapper users, Credentials credentials) {
        this.tokens = tokens;
        this.users = users;
        this.credentials = credentials;
    }

    /** Also deletes every expired token: a clean-up that costs one indexed statement per remembered login. */
    @Override
    @Transactional
    public RememberMeToken remember(UUID userId) {
        tokens.deleteExpired();
        RememberMeToken token = new RememberMeToken(random(SERIES_BYTES), random(TOKEN_BYTES));
        tokens.insert(token.series(), userId, sha256(token.token()), VALIDITY.toSeconds());
        return token;
    }

    @Override
    @Transactional
    public Optional<RememberedSignIn> signIn(RememberMeToken presented) {
        if (!plausible(presented.series()) || !plausible(presented.token())) {
            return Optional.empty();
        }
        Optional<RememberMeTokenRow> found = tokens.selectBySeriesForUpdate(presented.series());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RememberMeTokenRow remembered = found.get();
        if (!MessageDigest.isEqual(remembered.tokenHash(), sha256(presented.token()))) {
            // Someone used this cookie after it was copied, so a session of the copy may be open too: end them all.
            log.warn("Remembered login {} of account {} was presented with a replaced token; ending all its sessions",
                    remembered.series(), remembered.userId());
            credentials.endAllSessions(remembered.userId());
            return Optional.empty();
        }
        Optional<SessionAccount> account = users.selectSessionAccountById(remembered.userId())
                .filter(candidate -> candidate.status() == UserStatus.ACTIVE);
        if (remembered.expired() || account.isEmpty()) {
            tokens.deleteBySeries(remembered.series());
            return Optional.empty();
        }
        RememberMeToken next = new RememberMeToken(remembered.series(), random(TOKEN_BYTES));
        tokens.rotate(next.series(), sha256(next.token()), VALIDITY.toSeconds());
        return Optional.of(new RememberedSignIn(account.get(), next));
    }

    @Override
    @Transactional
    public void forget(String series) {
        if (plausible(series)) {
            tokens.deleteBySeries(series);
        }
    }

    private static boolean plausible(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_PRESENTED_LENGTH;
    }

    private static String random(int bytes) {
        return SecretTokens.random(bytes);
    }

    static byte[] sha256(String token) {
        return SecretTokens.sha256(token);
    }
}
