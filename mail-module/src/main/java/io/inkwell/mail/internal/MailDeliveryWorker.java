package io.inkwell.mail.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's background sender, on a thread of its own: every {@link MailSettings#pollInterval()}, and at
 * once after a message is written here, it mails the notifications and moderators' digests whose wait is over and then sends due
 * messages until none is left (a batch at most per round, so it yields to the clean-up). Nothing it does runs
 * on a request's thread, so an SMTP server that is slow or away never slows or fails a request.
 */
@Component
class MailDeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDeliveryWorker.class);
    private static final int BATCH = 50;
    private static final Duration CLEAN_UP_EVERY = Duration.ofHours(1);
    static final int KEEP_SENT_DAYS = 30;

    private final MailDelivery delivery;
    private final NotificationDigest digest;
    private final ModerationDigest moderation;
    private final MailMessageMapper messages;
    private final MailSettings settings;
    private final DeliverySignal signal;
    private final AtomicBoolean queued = new AtomicBoolean();
    private ScheduledExecutorService thread;
    private volatile long lastCleanUp = System.nanoTime();

    MailDeliveryWorker(MailDelivery delivery, NotificationDigest digest, ModerationDigest moderation, MailMessageMapper messages,
            MailSettings settings, DeliverySignal signal) {
        this.delivery = delivery;
        this.digest = digest;
        this.moderation = moderation;
        this.messages = messages;
        this.settings = settings;
        this.signal = signal;
    }

    @Override
    public synchronized void start() {
        if (!settings.workerEnabled() || thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread worker = new Thread(task, "mail-delivery");
            worker.setDaemon(true);
            return worker;
        });
        long poll = settings.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::round, poll, poll, TimeUnit.MILLISECONDS);
        signal.onMailDue(this::wake);
    }

    /** A round soon, unless one is queued already. */
    void wake() {
        ScheduledExecutorService current = thread;
        if (current != null && queued.compareAndSet(false, true)) {
            current.execute(() -> {
                queued.set(false);
                round();
            });
        }
    }

    /** One round: due notifications and digests, then due messages. Failures are logged; the next round tries again. */
    void round() {
        try {
            digest.mailDueThreads();
            moderation.mailDueDigests();
            for (int sent = 0; sent < BATCH && delivery.deliverNext(); sent++) {
                // deliverNext sends one message per transaction.
            }
            if (System.nanoTime() - lastCleanUp > CLEAN_UP_EVERY.toNanos()) {
                lastCleanUp = System.nanoTime();
                messages.deleteSentOlderThan(KEEP_SENT_DAYS, 1000);
            }
        } catch (RuntimeException e) {
            log.warn("Mail delivery round failed, trying again in {}: {}", settings.pollInterval(), e.getMessage());
        }
    }

    /** Lets a round under way finish (a message being sent is recorded as sent), for at most 10 seconds. */
    @Override
    public synchronized void stop() {
        if (thread != null) {
            signal.onMailDue(() -> { });
            thread.shutdown();
            try {
                if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                    thread.shutdownNow();
                }
            } catch (InterruptedException e) {
                thread.shutdownNow();
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
