package io.inkwell.web.limits;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Deletes the rows of buckets that are full again, every minute: such a row says nothing a missing row
 * does not, so the table holds only clients seen within their limit's period. Each instance runs it;
 * Bucket4j's delete skips rows another one has locked.
 */
class BucketCleaner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BucketCleaner.class);
    static final Duration INTERVAL = Duration.ofMinutes(1);
    /** Batches per run: a backlog is worked off over a few runs instead of holding the thread. */
    private static final int MAX_BATCHES = 20;

    private final ScheduledExecutorService cleaner;

    BucketCleaner(RateLimiter limiter) {
        this.cleaner = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rate-limit-cleaner");
            thread.setDaemon(true);
            return thread;
        });
        cleaner.scheduleWithFixedDelay(() -> clean(limiter), INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    static int clean(RateLimiter limiter) {
        int removed = 0;
        try {
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                int deleted = limiter.removeFullBuckets();
                removed += deleted;
                if (deleted == 0) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Full rate limit buckets not removed, trying again in {}: {}", INTERVAL, e.getMessage());
        }
        return removed;
    }

    @Override
    public void destroy() {
        cleaner.shutdownNow();
    }
}
