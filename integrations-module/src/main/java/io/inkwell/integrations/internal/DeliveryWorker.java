package io.inkwell.integrations.internal;

import io.inkwell.integrations.DeliveryStatus;
import io.inkwell.integrations.WebhookDispatch;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The outbox's worker. Each round claims a batch of due deliveries in one statement (committed at once, so the
 * claim is visible to every other worker), sends them side by side on a few threads of its own, and records each
 * outcome: delivered, tried again later (the wait doubling after each failure), or failed for good after the last
 * attempt. A result is recorded only while the claim is still this worker's. A worker that dies mid-send leaves
 * its claim to lapse, and the delivery is sent again by whichever worker comes next: a receiver can be told of an
 * event twice in that case (it recognises it by the body's {@code id}), never not at all.
 */
@Component
class DeliveryWorker implements WebhookDispatch, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    static final int BATCH = 16;
    private static final int SENDERS = 4;

    private final DeliveryMapper deliveries;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final Clock clock;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService sending = Executors.newFixedThreadPool(SENDERS, task -> {
        Thread thread = new Thread(task, "webhook-sender-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    @Autowired
    DeliveryWorker(DeliveryMapper deliveries, WebhookSettings settings) {
        this(deliveries, settings, new WebhookSender(settings.allowPrivate(), settings.timeout()), Clock.systemUTC());
    }

    DeliveryWorker(DeliveryMapper deliveries, WebhookSettings settings, WebhookSender sender, Clock clock) {
        this.deliveries = deliveries;
        this.settings = settings;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public int deliverDue() {
        List<ClaimedDelivery> claimed = deliveries.claimDue(BATCH, settings.claimSeconds());
        List<Future<?>> sends = new ArrayList<>(claimed.size());
        for (ClaimedDelivery delivery : claimed) {
            sends.add(sending.submit(() -> attempt(delivery)));
        }
        for (Future<?> send : sends) {
            try {
                send.get();
            } catch (ExecutionException e) {
                log.warn("A webhook delivery's outcome was not recorded; it is sent again when its claim lapses", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return claimed.size();
    }

    private void attempt(ClaimedDelivery delivery) {
        Attempt attempt = sender.send(delivery, clock.instant());
        DeliveryStatus status;
        Instant next = null;
        if (attempt.delivered()) {
            status = DeliveryStatus.DELIVERED;
        } else if (delivery.attempts() >= settings.maxAttempts()) {
            status = DeliveryStatus.FAILED;
        } else {
            status = DeliveryStatus.PENDING;
            next = clock.instant().plus(settings.waitAfter(delivery.attempts()));
        }
        deliveries.recordAttempt(delivery.id(), delivery.attempts(), status, next, attempt.responseCode(), attempt.durationMs(),
                attempt.error());
    }

    /** Forgets a batch of finished deliveries older than the log keeps; returns how many. */
    int forgetOldDeliveries() {
        return deliveries.deleteFinishedBefore(clock.instant().minus(settings.keepLog()), 1000);
    }

    @Override
    public void destroy() throws Exception {
        sending.shutdownNow();
        sender.close();
    }
}
