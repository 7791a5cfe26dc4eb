package io.inkwell.web.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.web.support.WebTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The buckets on the real database, as several instances of the site share them. */
@WebTest
class RateLimiterTest {

    private static final RateLimit THREE_AN_HOUR = new RateLimit(3, Duration.ofHours(1));

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBucketAllowsItsCapacityThenSaysHowLongToWait() {
        RateLimiter limiter = new RateLimiter(dataSource);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take("test/a", THREE_AN_HOUR)).as("action %d", i + 1).isEmpty();
        }
        Optional<Duration> refused = limiter.take("test/a", THREE_AN_HOUR);

        assertThat(refused).as("until the hour since the first action is over")
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofMinutes(50), Duration.ofHours(1)));
        assertThat(limiter.take("test/b", THREE_AN_HOUR)).as("another key has its own bucket").isEmpty();
    }

    @Test
    void peekingTakesNothing() {
        RateLimiter limiter = new RateLimiter(dataSource);

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.peek("test/peek", THREE_AN_HOUR)).isEmpty();
        }
        limiter.take("test/peek", THREE_AN_HOUR);
        limiter.take("test/peek", THREE_AN_HOUR);
        limiter.take("test/peek", THREE_AN_HOUR);

        assertThat(limiter.peek("test/peek", THREE_AN_HOUR)).isPresent();
    }

    @Test
    void twoInstancesTakingAtOnceShareOneLimit() throws Exception {
        RateLimiter first = new RateLimiter(dataSource);
        RateLimiter second = new RateLimiter(dataSource);
        RateLimit tenAnHour = new RateLimit(10, Duration.ofHours(1));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            RateLimiter instance = i % 2 == 0 ? first : second;
            attempts.add(() -> {
                start.await();
                return instance.take("test/shared", tenAnHour).isEmpty();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (Callable<Boolean> attempt : attempts) {
                outcomes.add(pool.submit(attempt));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Boolean> outcome : outcomes) {
                allowed += outcome.get() ? 1 : 0;
            }

            assertThat(allowed).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void bucketsThatAreFullAgainAreRemovedAndOthersKept() {
        RateLimiter limiter = new RateLimiter(dataSource);
        limiter.take("test/recent", THREE_AN_HOUR);
        limiter.take("test/old", THREE_AN_HOUR);
        jdbc.update("update rate_limit_buckets set expires_at = 0 where id = 'test/old'");

        int removed = BucketCleaner.clean(limiter);

        assertThat(removed).isEqualTo(1);
        assertThat(jdbc.queryForList("select id from rate_limit_buckets", String.class)).containsExactly("test/recent");
    }
}
