package io.inkwell.posts.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes counted views where the site reads them: the all-time count on the post, the post's bucket
 * of the day and its total of the last {@value #WINDOW_DAYS} days (UTC), which {@code /trending}
 * ranks by. The roll-over keeps that total to the window as days leave it.
 */
@Component
class ViewStats {

    static final int WINDOW_DAYS = 7;

    private final PostMapper posts;
    private final ViewStatsMapper stats;

    ViewStats(PostMapper posts, ViewStatsMapper stats) {
        this.posts = posts;
        this.stats = stats;
    }

    /** One statement per table, all or nothing: a failed batch is retried whole, never counted twice. */
    @Transactional
    public void add(List<ViewCount> batch, LocalDate day) {
        posts.addViewCounts(batch);
        ViewBatch rows = ViewBatch.of(batch);
        stats.addDayViews(day, rows);
        stats.addWeekViews(rows);
    }

    /**
     * Takes every day before the window that ends {@code today} out of the week totals, at most once
     * per day across instances. Safe to call any number of times.
     *
     * @return the newest day now outside the totals
     */
    @Transactional
    public LocalDate rollOver(LocalDate today) {
        LocalDate through = today.minusDays(WINDOW_DAYS);
        LocalDate rolled = stats.lockRollover();
        if (rolled != null && !rolled.isBefore(through)) {
            return rolled;
        }
        stats.subtractDaysThrough(through);
        stats.deleteUnviewedWeeks();
        stats.markRolledThrough(through);
        return through;
    }
}
