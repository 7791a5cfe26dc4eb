package io.inkwell.posts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Page views are counted in memory and written in batches every few seconds: a page view never
 * waits on a row update, and a hot post takes one update per flush instead of one per view.
 * {@link ConcurrentHashMap#merge} and {@link ConcurrentHashMap#remove} are atomic per post, so a view
 * recorded while a flush runs lands either in that flush or in the next one, never in neither.
 * The pending counts are flushed when the application context closes, so a clean shutdown loses nothing.
 * A flush counts its views on the day (UTC) it runs; the first tick of each day also rolls the week.
 */
@Component
class ViewCounter implements DisposableBean {

    /** Posts per flush transaction: keeps the all-time update's VALUES list and its plan small. */
    static final int BATCH_SIZE = 500;

    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

    private final ViewStats stats;
    private final Clock clock;
    private final Map<UUID, Long> pending = new ConcurrentHashMap<>();
    /** Views a flush has taken from {@link #pending} and not yet committed; changed by the flush only, read by pages. */
    private final Map<UUID, Long> writing = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher;
    /** Touched only by the flush thread. */
    private LocalDate weekRolledOn;

    @Autowired
    ViewCounter(ViewStats stats, @Value("${inkwell.views.flush-interval:2s}") Duration interval) {
        this(stats, interval, Clock.systemUTC());
    }

    ViewCounter(ViewStats stats, Duration interval, Clock clock) {
        this.stats = stats;
        this.clock = clock;
        this.flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "view-count-flush");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(100, interval.toMillis());
        flusher.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    void record(UUID postId) {
        pending.merge(postId, 1L, Long::sum);
    }

    /**
     * Views recorded here but not yet written, so the post page can show an up-to-date count. Views a flush
     * is writing still count here until their transaction has committed: taken out of memory before they
     * are in the table, a page read in between showed them nowhere.
     */
    long pending(UUID postId) {
        return pending.getOrDefault(postId, 0L) + writing.getOrDefault(postId, 0L);
    }

    /**
     * Writes every pending count, one transaction per {@value #BATCH_SIZE} posts (see {@link ViewStats#add}).
     * A batch that fails (the database is away) goes back into the pending counts for the next flush.
     *
     * @return the number of posts whose counts were written
     */
    synchronized int flush() {
        // The key iterator may meet a post again when a view re-adds it mid-drain; summing here keeps
        // one row per post, because UPDATE ... FROM applies only one of several matching VALUES rows.
        Map<UUID, Long> summed = new HashMap<>();
        for (UUID postId : pending.keySet()) {
            Long views = pending.remove(postId);
            if (views != null) {
                writing.merge(postId, views, Long::sum);
                summed.merge(postId, views, Long::sum);
            }
        }
        List<ViewCount> drained = new ArrayList<>();
        summed.forEach((postId, views) -> drained.add(new ViewCount(postId, views)));
        // Every instance writes its rows in the same order, so two flushing the same posts at once take
        // the row locks in one order and wait for each other instead of deadlocking.
        drained.sort(Comparator.comparing(ViewCount::postId));
        LocalDate day = today();
        int written = 0;
        for (int from = 0; from < drained.size(); from += BATCH_SIZE) {
            List<ViewCount> batch = drained.subList(from, Math.min(drained.size(), from + BATCH_SIZE));
            try {
                stats.add(batch, day);
                written += batch.size();
                batch.forEach(this::doneWriting);
            } catch (RuntimeException e) {
                drained.subList(from, drained.size()).forEach(v -> {
                    pending.merge(v.postId(), v.views(), Long::sum);
                    doneWriting(v);
                });
                throw e;
            }
        }
        return written;
    }

    private void doneWriting(ViewCount written) {
        writing.computeIfPresent(written.postId(), (postId, views) -> views == written.views() ? null : views - written.views());
    }

    private void tick() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("View counts kept in memory for the next flush: {}", e.getMessage());
        }
        LocalDate today = today();
        if (!today.equals(weekRolledOn)) {
            try {
                stats.rollOver(today);
                weekRolledOn = today;
            } catch (RuntimeException e) {
                log.warn("Week of views not rolled over, trying again at the next flush: {}", e.getMessage());
            }
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Override
    public void destroy() throws InterruptedException {
        flusher.shutdown();
        flusher.awaitTermination(10, TimeUnit.SECONDS);
        flush();
    }
}
