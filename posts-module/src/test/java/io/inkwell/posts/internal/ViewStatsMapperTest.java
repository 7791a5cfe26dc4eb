package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostRowValues.published;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.PostsTestApplication;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day buckets, week totals and roll-over statements, each on the real schema. Days are far in the
 * future, so the context's own view counter (which rolls the real week over) never touches them.
 */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class ViewStatsMapperTest {

    static final LocalDate FIRST_DAY = LocalDate.parse("2100-03-01");

    @Autowired
    ViewStatsMapper stats;

    @Autowired
    ViewStats viewStats;

    @Autowired
    PostMapper posts;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;

    @BeforeEach
    void givenAnAuthor() {
        jdbc.update("delete from posts");
        jdbc.update("update post_week_rollover set rolled_through = null");
        ada = author(jdbc, "Ada");
    }

    private PostRow post(String title) {
        PostRow row = published(ada, title, title.toLowerCase().replace(' ', '-'), Instant.parse("2100-01-01T00:00:00Z"));
        posts.insert(row);
        return row;
    }

    private static ViewBatch batch(Map<UUID, Long> views) {
        return ViewBatch.of(views.entrySet().stream().map(e -> new ViewCount(e.getKey(), e.getValue())).toList());
    }

    @Test
    void aBatchAddsToTheDayBucketAndTheWeekTotalInOneStatementEach() {
        PostRow first = post("First");
        PostRow second = post("Second");

        assertThat(stats.addDayViews(FIRST_DAY, batch(Map.of(first.id(), 3L, second.id(), 1L)))).isEqualTo(2);
        assertThat(stats.addWeekViews(batch(Map.of(first.id(), 3L, second.id(), 1L)))).isEqualTo(2);
        stats.addDayViews(FIRST_DAY, batch(Map.of(first.id(), 2L)));
        stats.addWeekViews(batch(Map.of(first.id(), 2L)));
        stats.addDayViews(FIRST_DAY.plusDays(1), batch(Map.of(first.id(), 4L)));
        stats.addWeekViews(batch(Map.of(first.id(), 4L)));

        assertThat(dayViews(first.id(), FIRST_DAY)).isEqualTo(5);
        assertThat(dayViews(first.id(), FIRST_DAY.plusDays(1))).isEqualTo(4);
        assertThat(dayViews(second.id(), FIRST_DAY)).isEqualTo(1);
        assertThat(weekViews(first.id())).isEqualTo(9);
        assertThat(weekViews(second.id())).isEqualTo(1);
    }

    @Test
    void viewsOfAPostDeletedBeforeTheFlushAreSkippedNotFailed() {
        PostRow kept = post("Kept");
        UUID deleted = UUID.randomUUID();

        assertThat(stats.addDayViews(FIRST_DAY, batch(Map.of(kept.id(), 1L, deleted, 5L)))).isEqualTo(1);
        assertThat(stats.addWeekViews(batch(Map.of(kept.id(), 1L, deleted, 5L)))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from post_week_views", Long.class)).isEqualTo(1);
    }

    @Test
    void rollingOverSubtractsExactlyTheDaysThatLeftTheWeekAndDeletesThem() {
        PostRow steady = post("Steady");
        PostRow faded = post("Faded");
        for (int day = 0; day < 9; day++) {
            addViews(steady.id(), FIRST_DAY.plusDays(day), day + 1);
        }
        addViews(faded.id(), FIRST_DAY, 7);

        assertThat(stats.subtractDaysThrough(FIRST_DAY.plusDays(1))).as("posts whose totals changed").isEqualTo(2);
        assertThat(stats.deleteUnviewedWeeks()).isEqualTo(1);

        // Days 0 and 1 (1 + 2 views) are gone; days 2..8 (3 + ... + 9 = 42) remain.
        assertThat(weekViews(steady.id())).isEqualTo(42);
        assertThat(bucketSum(steady.id())).isEqualTo(42);
        assertThat(jdbc.queryForObject("select min(day) from post_view_counts", LocalDate.class)).isEqualTo(FIRST_DAY.plusDays(2));
        assertThat(jdbc.queryForObject("select count(*) from post_week_views where post_id = ?", Long.class, faded.id()))
                .as("a post not viewed in the window leaves the ranking").isZero();
    }

    @Test
    void theRollOverKeepsSevenDaysEndingTodayAndIsIdempotent() {
        PostRow post = post("Daily");
        for (int day = 0; day < 10; day++) {
            addViews(post.id(), FIRST_DAY.plusDays(day), 1);
        }
        LocalDate today = FIRST_DAY.plusDays(9);

        assertThat(viewStats.rollOver(today)).isEqualTo(FIRST_DAY.plusDays(2));
        assertThat(viewStats.rollOver(today)).isEqualTo(FIRST_DAY.plusDays(2));
        assertThat(viewStats.rollOver(today.minusDays(3))).as("an instance whose clock is behind").isEqualTo(FIRST_DAY.plusDays(2));

        assertThat(weekViews(post.id())).as("days 3..9").isEqualTo(7);
        assertThat(bucketSum(post.id())).isEqualTo(7);
        assertThat(jdbc.queryForObject("select rolled_through from post_week_rollover", LocalDate.class))
                .isEqualTo(FIRST_DAY.plusDays(2));
    }

    @Test
    void aMissedRollOverCatchesUpAndABucketWrittenLateForAnOldDayIsTakenLater() {
        PostRow post = post("Late");
        addViews(post.id(), FIRST_DAY, 5);
        viewStats.rollOver(FIRST_DAY.plusDays(7));
        addViews(post.id(), FIRST_DAY, 2);
        addViews(post.id(), FIRST_DAY.plusDays(8), 1);

        viewStats.rollOver(FIRST_DAY.plusDays(20));

        assertThat(jdbc.queryForObject("select count(*) from post_view_counts", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from post_week_views", Long.class)).isZero();
    }

    @Test
    void theRollOverMarkerIsLockedReadAndPutBackWhenMissing() {
        assertThat(stats.lockRollover()).isNull();
        stats.markRolledThrough(FIRST_DAY);
        assertThat(stats.lockRollover()).isEqualTo(FIRST_DAY);

        jdbc.update("delete from post_week_rollover");
        assertThat(stats.lockRollover()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from post_week_rollover", Long.class)).isEqualTo(1);
    }

    private void addViews(UUID postId, LocalDate day, long views) {
        stats.addDayViews(day, batch(Map.of(postId, views)));
        stats.addWeekViews(batch(Map.of(postId, views)));
    }

    private long dayViews(UUID postId, LocalDate day) {
        return jdbc.queryForObject("select views from post_view_counts where post_id = ? and day = ?", Long.class, postId, day);
    }

    private long weekViews(UUID postId) {
        return jdbc.queryForObject("select views from post_week_views where post_id = ?", Long.class, postId);
    }

    private long bucketSum(UUID postId) {
        return jdbc.queryForObject("select coalesce(sum(views), 0) from post_view_counts where post_id = ?", Long.class, postId);
    }
}
