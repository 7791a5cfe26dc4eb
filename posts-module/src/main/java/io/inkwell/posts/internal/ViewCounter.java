package io.inkwell.posts.internal;

import java.time.Duration;
import java.util.ArrayList;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Page views are counted in memory and written in batches every few seconds: a page view never
 * waits on a row update, and a hot post takes one update per flush instead of one per view.
 * {@link ConcurrentHashMap#merge} and {@link ConcurrentHashMap#remove} are atomic per post, so a view
 * recorded while a flush runs lands either in that flush or in the next one, never in neither.
 * The pending counts are flushed when the application context closes, so a clean shutdown loses nothing.
 */
@Component
class ViewCounter implements DisposableBean {

    /** Posts per update statement: keeps the VALUES list and its plan small. */
    static final int BATCH_SIZE = 500;

    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

    private final PostMapper posts;
    private final Map<UUID, Long> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher;

    ViewCounter(PostMapper posts, @Value("${inkwell.views.flush-interval:2s}") Duration interval) {
        this.posts = posts;
        this.flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "view-count-flush");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(100, interval.toMillis());
        flusher.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    void record(UUID postId) {
        pending.merge(postId, 1L, Long::sum);
    }

    /** Views recorded here but not yet written, so the post page can show an up-to-date count. */
    long pending(UUID postId) {
        return pending.getOrDefault(postId, 0L);
    }

    /**
     * Writes every pending count, one statement per {@value #BATCH_SIZE} posts. A batch that fails
     * (the database is away) goes back into the pending counts for the next flush.
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
                summed.merge(postId, views, Long::sum);
            }
        }
        List<ViewCount> drained = new ArrayList<>();
        summed.forEach((postId, views) -> drained.add(new ViewCount(postId, views)));
        int written = 0;
        for (int from = 0; from < drained.size(); from += BATCH_SIZE) {
            List<ViewCount> batch = drained.subList(from, Math.min(drained.size(), from + BATCH_SIZE));
            try {
                posts.addViewCounts(batch);
                written += batch.size();
            } catch (RuntimeException e) {
                drained.subList(from, drained.size()).forEach(v -> pending.merge(v.postId(), v.views(), Long::sum));
                throw e;
            }
        }
        return written;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("View counts kept in memory for the next flush: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        flusher.shutdown();
        flusher.awaitTermination(10, TimeUnit.SECONDS);
        flush();
    }
}
