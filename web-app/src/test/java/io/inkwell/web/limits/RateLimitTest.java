package io.inkwell.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void settingsReadAsCountPerDuration() {
        assertThat(RateLimit.parse("5/1h")).contains(new RateLimit(5, Duration.ofHours(1)));
        assertThat(RateLimit.parse(" 20 / 15m ")).contains(new RateLimit(20, Duration.ofMinutes(15)));
        assertThat(RateLimit.parse("10/PT1M")).contains(new RateLimit(10, Duration.ofMinutes(1)));
    }

    @Test
    void offIsNoLimit() {
        assertThat(RateLimit.parse("off")).isEmpty();
        assertThat(RateLimit.parse("OFF")).isEmpty();
        assertThat(RateLimit.parse(null)).isEmpty();
    }

    @Test
    void aSettingThatIsNoLimitStopsTheStart() {
        assertThatThrownBy(() -> RateLimit.parse("5")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"5\"");
        assertThatThrownBy(() -> RateLimit.parse("0/1h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.parse("five/1h")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWaitIsSaidInWords() {
        assertThat(TooManyRequestsPage.inWords(Duration.ofSeconds(3))).isEqualTo("a few seconds");
        assertThat(TooManyRequestsPage.inWords(Duration.ofSeconds(45))).isEqualTo("45 seconds");
        assertThat(TooManyRequestsPage.inWords(Duration.ofSeconds(60))).isEqualTo("a minute");
        assertThat(TooManyRequestsPage.inWords(Duration.ofSeconds(721))).isEqualTo("13 minutes");
        assertThat(TooManyRequestsPage.inWords(Duration.ofSeconds(3599))).isEqualTo("about an hour");
        assertThat(TooManyRequestsPage.inWords(Duration.ofHours(3))).isEqualTo("about 3 hours");
    }
}
