package io.inkwell.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    private final WebhookSettings settings = new WebhookSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(2), 10,
            Duration.ofMinutes(1), Duration.ofDays(30));

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBeforeUpToTwelveHours() {
        assertThat(settings.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.waitAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(settings.waitAfter(11)).isEqualTo(Duration.ofHours(12));
        assertThat(settings.waitAfter(1000)).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void aClaimOutlastsAnAttemptByFar() {
        assertThat(settings.claimSeconds()).isEqualTo(60);
        assertThat(new WebhookSettings(false, Duration.ofSeconds(30), Duration.ofSeconds(2), 10, Duration.ofMinutes(1),
                Duration.ofDays(30)).claimSeconds()).isEqualTo(120);
    }
}
