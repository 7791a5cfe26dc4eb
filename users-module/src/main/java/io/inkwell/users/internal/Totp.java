package io.inkwell.users.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * TOTP as authenticator apps compute it (RFC 6238 with its defaults: HMAC-SHA1, 6 digits, 30-second steps),
 * by java-otp. A code is accepted for the step before and after the current one, so a phone clock a little
 * off still works, and only for a step later than the last accepted one, so no code works twice.
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final int DIGITS = 6;
    /** 160 bits, the length of an HMAC-SHA1 key: 32 Base32 characters. */
    private static final int SECRET_BYTES = 20;
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
    private final Clock clock;

    Totp(Clock clock) {
        this.clock = clock;
    }

    static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret);
    }

    /** What the QR code holds: the account named as "issuer:account", the way the apps list it. */
    static String uri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    /** Six digits, spaces left out ("123 456" as some apps show it). */
    static boolean looksLikeCode(String typed) {
        return typed != null && CODE.matcher(typed.replace(" ", "")).matches();
    }

    /** The step whose code this is, if it is one of the accepted steps after {@code lastUsedStep}. */
    OptionalLong matchingStep(String secret, String typed, long lastUsedStep) {
        if (!looksLikeCode(typed)) {
            return OptionalLong.empty();
        }
        int code = Integer.parseInt(typed.replace(" ", ""));
        long current = clock.instant().getEpochSecond() / STEP.toSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && codeAt(secret, step) == code) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    int codeAt(String secret, long step) {
        try {
            return generator.generateOneTimePassword(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP.toSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC-SHA1 key of " + SECRET_BYTES + " bytes is always valid", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String normalizedRecoveryCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
