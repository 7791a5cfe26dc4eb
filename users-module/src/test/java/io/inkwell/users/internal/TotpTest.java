package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 seed "12345678901234567890". */
    private static final String RFC_SECRET = new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    private static Totp at(long epochSecond) {
        return new Totp(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void codesAreThoseOfTheRfcsTestVectors() {
        Totp totp = at(0);
        // Eight-digit vectors 94287082 and 07081804; the six-digit code is their last six digits.
        assertThat(totp.codeAt(RFC_SECRET, 59 / 30)).isEqualTo(287082);
        assertThat(totp.codeAt(RFC_SECRET, 1111111109L / 30)).isEqualTo(81804);
    }

    @Test
    void theStepBeforeAndAfterAreAcceptedButNothingOlderThanTheLastUsedStep() {
        Totp totp = at(1111111109L);
        long now = 1111111109L / 30;

        assertThat(totp.matchingStep(RFC_SECRET, "081804", 0)).hasValue(now);
        assertThat(totp.matchingStep(RFC_SECRET, String.format("%06d", totp.codeAt(RFC_SECRET, now - 1)), 0)).hasValue(now - 1);
        assertThat(totp.matchingStep(RFC_SECRET, String.format("%06d", totp.codeAt(RFC_SECRET, now + 1)), 0)).hasValue(now + 1);
        assertThat(totp.matchingStep(RFC_SECRET, String.format("%06d", totp.codeAt(RFC_SECRET, now - 2)), 0)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "081804", now)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "081 804", 0)).hasValue(now);
        assertThat(totp.matchingStep(RFC_SECRET, "81804", 0)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "abcdef", 0)).isEmpty();
    }

    @Test
    void recoveryCodesAreReadWithoutCaseSpacesOrHyphens() {
        assertThat(Totp.normalizedRecoveryCode(" abcd-EFGH ijkl-mnop ")).isEqualTo("ABCDEFGHIJKLMNOP");
        assertThat(Totp.normalizedRecoveryCode(null)).isEmpty();
    }
}
