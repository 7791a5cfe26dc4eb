package io.inkwell.posts.internal;

import io.inkwell.posts.PostPublished;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The posts context's background work, on one thread of its own on every instance: the scheduling sweep every
 * {@code inkwell.scheduling.sweep-interval} (10 s), from the moment the application has started, so a post that
 * fell due while no instance ran is published at the next start; and every
 * {@code inkwell.workflow.cleanup-interval} (10 min) the pruning of old revisions and stale editor presence and
 * preview links. Several instances may sweep at once: each due post is published by exactly one of them
 * ({@link ScheduleMapper#publishNextDue()}).
 */
@Component
class WorkflowScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkflowScheduler.class);
    /** Beyond one sweep interval: time for the sweep's own work, a busy database, clocks a little apart. */
    private static final Duration LATE_GRACE = Duration.ofMinutes(1);
    /** Posts one sweep publishes at most; more wait for the next sweep, so a sweep always ends. */
    private static final int SWEEP_MAX = 500;

    private final ScheduledPublishing publishing;
    private final WorkflowCleanup cleanup;
    private final Duration sweepInterval;
    private final Duration cleanupInterval;
    /** Later than this after its time (a sweep interval and a minute), a publication is reported as late: no sweep ran when it fell due. */
    private final Duration lateAfter;
    private ScheduledExecutorService worker;

    WorkflowScheduler(ScheduledPublishing publishing, WorkflowCleanup cleanup,
                      @Value("${inkwell.scheduling.sweep-interval:10s}") Duration sweepInterval,
                      @Value("${inkwell.workflow.cleanup-interval:10m}") Duration cleanupInterval) {
        this.publishing = publishing;
        this.cleanup = cleanup;
        this.sweepInterval = sweepInterval.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : sweepInterval;
        this.cleanupInterval = cleanupInterval;
        this.lateAfter = this.sweepInterval.plus(LATE_GRACE);
    }

    /**
     * Publishes every due post (up to {@value #SWEEP_MAX}); returns how many. A failure (the database is away) is
     * one log line: the next sweep tries again, and nothing was half done.
     */
    int sweep() {
        int published = 0;
        try {
            while (published < SWEEP_MAX) {
                Optional<PostPublished> next = publishing.publishNextDue();
                if (next.isEmpty()) {
                    break;
                }
                published++;
                report(next.get(), Instant.now());
            }
        } catch (RuntimeException e) {
            log.warn("Scheduled posts not published this time ({}); the next sweep tries again", e.toString());
        }
        return published;
    }

    void report(PostPublished post, Instant now) {
        Duration late = Duration.between(post.publishedAt(), now);
        if (late.compareTo(lateAfter) > 0) {
            log.warn("Published scheduled post {} (/posts/{}) late: it was due at {}, {} ago, while no instance of the "
                    + "site was running; its publication date stays the scheduled time", post.postId(), post.slug(),
                    post.publishedAt(), late.withNanos(0));
        } else {
            log.info("Published scheduled post {} (/posts/{}), due at {}", post.postId(), post.slug(), post.publishedAt());
        }
    }

    /** Prunes until nothing is left to prune, then forgets stale presence and links. */
    void clean() {
        try {
            int pruned = 0;
            for (int batch = cleanup.pruneRevisions(); ; batch = cleanup.pruneRevisions()) {
                pruned += batch;
                if (batch < WorkflowCleanup.PRUNE_BATCH) {
                    break;
                }
            }
            int forgotten = cleanup.forgetStale();
            if (pruned + forgotten > 0) {
                log.info("Background clean-up: {} old revisions pruned, {} stale editor presences and preview links removed",
                        pruned, forgotten);
            }
        } catch (RuntimeException e) {
            log.warn("Background clean-up not done this time ({}); it runs again later", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        worker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "posts-workflow");
            thread.setDaemon(true);
            return thread;
        });
        worker.scheduleWithFixedDelay(this::sweep, 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
        long cleanupMillis = Math.max(1000, cleanupInterval.toMillis());
        worker.scheduleWithFixedDelay(this::clean, cleanupMillis, cleanupMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return worker != null;
    }
}
