package io.inkwell.web.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** What an authenticator app shows for a key: the code of now, or of the next 30-second step. */
public final class TotpCodes {

    private TotpCodes() {
    }

    public static String now(String secret) {
        return at(secret, Instant.now());
    }

    /** The next step's code, accepted already: a code of the current step may have been used by the set-up. */
    public static String next(String secret) {
        return at(secret, Instant.now().plusSeconds(30));
    }

    private static String at(String secret, Instant time) {
        try {
            int code = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6)
                    .generateOneTimePassword(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), time);
            return String.format("%06d", code);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
