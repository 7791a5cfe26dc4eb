package io.inkwell.integrations.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the worker on every instance, every {@code inkwell.webhooks.poll-interval} (2 s), and clears the log of
 * old deliveries every hour. {@code inkwell.webhooks.worker-enabled=false} stops both (tests call the worker
 * themselves). A round that fails (the database away a moment) is logged in a line and tried at the next one.
 */
@Component
@ConditionalOnProperty(name = "inkwell.webhooks.worker-enabled", havingValue = "true", matchIfMissing = true)
class DeliverySchedule {

    private static final Logger log = LoggerFactory.getLogger(DeliverySchedule.class);

    private static final int MAX_ROUNDS = 10;

    private final DeliveryWorker worker;

    DeliverySchedule(DeliveryWorker worker) {
        this.worker = worker;
    }

    @Scheduled(fixedDelayString = "${inkwell.webhooks.poll-interval:2s}", initialDelayString = "${inkwell.webhooks.poll-interval:2s}")
    void deliverDue() {
        try {
            // A full batch: more may be due at once, up to a bound so the next round comes on time.
            for (int round = 0; round < MAX_ROUNDS && worker.deliverDue() == DeliveryWorker.BATCH; round++) {
                log.debug("A full batch of webhook deliveries was sent; looking for more");
            }
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries not sent this round, trying again at the next: {}", e.getMessage());
        }
    }

    @Scheduled(fixedDelayString = "1h", initialDelayString = "1m")
    void forgetOldDeliveries() {
        try {
            worker.forgetOldDeliveries();
        } catch (RuntimeException e) {
            log.warn("Old webhook deliveries not cleared, trying again in an hour: {}", e.getMessage());
        }
    }
}
