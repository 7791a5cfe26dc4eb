package io.inkwell.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.web.support.Bundles;
import java.time.Duration;
import java.util.Locale;
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
        assertThat(wait(Duration.ofSeconds(3), Bundles.ENGLISH)).isEqualTo("a few seconds");
        assertThat(wait(Duration.ofSeconds(45), Bundles.ENGLISH)).isEqualTo("45 seconds");
        assertThat(wait(Duration.ofSeconds(60), Bundles.ENGLISH)).isEqualTo("a minute");
        assertThat(wait(Duration.ofSeconds(721), Bundles.ENGLISH)).isEqualTo("13 minutes");
        assertThat(wait(Duration.ofSeconds(3599), Bundles.ENGLISH)).isEqualTo("about an hour");
        assertThat(wait(Duration.ofHours(3), Bundles.ENGLISH)).isEqualTo("about 3 hours");
    }

    @Test
    void theWaitIsSaidInGermanOnAGermanSite() {
        assertThat(wait(Duration.ofSeconds(3), Bundles.GERMAN)).isEqualTo("einigen Sekunden");
        assertThat(wait(Duration.ofSeconds(60), Bundles.GERMAN)).isEqualTo("einer Minute");
        assertThat(wait(Duration.ofSeconds(721), Bundles.GERMAN)).isEqualTo("13 Minuten");
        assertThat(wait(Duration.ofHours(3), Bundles.GERMAN)).isEqualTo("etwa 3 Stunden");
    }

    private static String wait(Duration duration, Locale language) {
        return Bundles.in(language).getMessage(TooManyRequestsPage.inWords(duration));
    }
}
