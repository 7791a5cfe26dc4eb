package io.inkwell.web.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.web.support.Bundles;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RelativeTimeTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    static String ago(Duration duration) {
        return ago(duration, Bundles.ENGLISH);
    }

    static String ago(Duration duration, Locale language) {
        return Bundles.in(language).getMessage(RelativeTime.between(NOW.minus(duration), NOW));
    }

    @Test
    void saysHowLongAgoInTheLargestWholeUnit() {
        assertThat(ago(Duration.ofSeconds(5))).isEqualTo("just now");
        assertThat(ago(Duration.ofMinutes(1))).isEqualTo("1 minute ago");
        assertThat(ago(Duration.ofMinutes(59))).isEqualTo("59 minutes ago");
        assertThat(ago(Duration.ofHours(3).plusMinutes(20))).isEqualTo("3 hours ago");
        assertThat(ago(Duration.ofDays(1))).isEqualTo("1 day ago");
        assertThat(ago(Duration.ofDays(65))).isEqualTo("2 months ago");
        assertThat(ago(Duration.ofDays(800))).isEqualTo("2 years ago");
    }

    @Test
    void saysItInGermanOnAGermanSite() {
        assertThat(ago(Duration.ofSeconds(5), Bundles.GERMAN)).isEqualTo("gerade eben");
        assertThat(ago(Duration.ofMinutes(1), Bundles.GERMAN)).isEqualTo("vor einer Minute");
        assertThat(ago(Duration.ofHours(3).plusMinutes(20), Bundles.GERMAN)).isEqualTo("vor 3 Stunden");
        assertThat(ago(Duration.ofDays(1), Bundles.GERMAN)).isEqualTo("vor einem Tag");
        assertThat(ago(Duration.ofDays(800), Bundles.GERMAN)).isEqualTo("vor 2 Jahren");
    }

    @Test
    void aClockSlightlyBehindIsStillJustNow() {
        assertThat(Bundles.in(Bundles.ENGLISH).getMessage(RelativeTime.between(NOW.plusSeconds(3), NOW))).isEqualTo("just now");
    }
}
