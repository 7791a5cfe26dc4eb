package io.inkwell;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Delivers module events whose listener failed (the database was away a moment, a bug since fixed) again
 * while the application runs, not only at the next start-up: every {@code inkwell.events.redelivery-interval}
 * (1 minute), the publications still incomplete after {@code inkwell.events.redeliver-after} (1 minute) are
 * handed to their listeners once more. Reactions are written to run twice or late (each event carries the
 * post's version), so two instances redelivering the same publication at once change nothing twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final Duration redeliverAfter;

    EventRedelivery(IncompleteEventPublications incomplete,
            @Value("${inkwell.events.redeliver-after:1m}") Duration redeliverAfter) {
        this.incomplete = incomplete;
        this.redeliverAfter = redeliverAfter;
    }

    @Scheduled(fixedDelayString = "${inkwell.events.redelivery-interval:1m}",
            initialDelayString = "${inkwell.events.redelivery-interval:1m}")
    void redeliver() {
        redeliverOlderThan(redeliverAfter);
    }

    void redeliverOlderThan(Duration age) {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(age);
        } catch (RuntimeException e) {
            log.warn("Incomplete event publications not redelivered, trying again later: {}", e.getMessage());
        }
    }
}
