package io.inkwell.integrations.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inkwell.webhooks.*}: whether private addresses may receive webhooks ({@code INKWELL_WEBHOOKS_ALLOW_PRIVATE},
 * for tests and intranets), how long one attempt may take in all, how often each instance looks for due deliveries,
 * how many attempts a delivery gets and how long the first retry waits (each next one waits twice as long), and how
 * long the delivery log keeps finished deliveries.
 */
@ConfigurationProperties("inkwell.webhooks")
record WebhookSettings(
        @DefaultValue("false") boolean allowPrivate,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("30d") Duration keepLog) {

    /** The longest wait between two attempts, however many came before. */
    static final Duration LONGEST_WAIT = Duration.ofHours(12);

    /** How long to wait after the {@code attempts}-th attempt failed: the first retry's wait, doubled each time. */
    Duration waitAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration wait = firstRetry.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * How long a worker's claim on a delivery lasts: well past the time one attempt may take, so only a worker that
     * died mid-send leaves a claim to lapse, after which another worker sends the delivery again.
     */
    int claimSeconds() {
        return (int) Math.max(60, timeout.multipliedBy(4).toSeconds());
    }
}
