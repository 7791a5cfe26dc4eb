package io.inkwell.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private final MovableClock clock = new MovableClock();

    @Test
    void aPageIsFreshForItsTimeToLiveOnly() {
        PageCache cache = new PageCache(Duration.ofSeconds(5), 1000, 100, clock);
        cache.put("/", bytes(10), "text/html", Map.of(), List.of());

        clock.advance(Duration.ofMillis(4999));
        assertThat(cache.fresh("/")).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.fresh("/")).isEmpty();
        assertThat(cache.pageCount()).as("an expired page is dropped when met").isZero();
        assertThat(cache.byteCount()).isZero();
    }

    @Test
    void theLeastRecentlyUsedPagesLeaveWhenTheBytesRunOut() {
        PageCache cache = new PageCache(Duration.ofMinutes(1), 100, 100, clock);
        cache.put("/a", bytes(40), "text/html", Map.of(), List.of());
        cache.put("/b", bytes(40), "text/html", Map.of(), List.of());
        cache.fresh("/a");
        cache.put("/c", bytes(40), "text/html", Map.of(), List.of());

        assertThat(cache.fresh("/b")).as("least recently used").isEmpty();
        assertThat(cache.fresh("/a")).isPresent();
        assertThat(cache.fresh("/c")).isPresent();
        assertThat(cache.byteCount()).isEqualTo(80);
    }

    @Test
    void aPageLargerThanItsShareIsNotKeptAndAReplacedPageIsCountedOnce() {
        PageCache cache = new PageCache(Duration.ofMinutes(1), 1000, 50, clock);
        cache.put("/big", bytes(51), "text/html", Map.of(), List.of());
        cache.put("/", bytes(30), "text/html", Map.of(), List.of());
        cache.put("/", bytes(20), "text/html", Map.of(), List.of());

        assertThat(cache.fresh("/big")).isEmpty();
        assertThat(cache.pageCount()).isEqualTo(1);
        assertThat(cache.byteCount()).isEqualTo(20);
    }

    @Test
    void clearEmptiesItAndAZeroTimeToLiveTurnsItOff() {
        PageCache cache = new PageCache(Duration.ofMinutes(1), 1000, 100, clock);
        cache.put("/", bytes(10), "text/html", Map.of(), List.of());
        cache.clear();
        assertThat(cache.fresh("/")).isEmpty();
        assertThat(cache.byteCount()).isZero();

        PageCache off = new PageCache(Duration.ZERO, 1000, 100, clock);
        assertThat(off.enabled()).isFalse();
        off.put("/", bytes(10), "text/html", Map.of(), List.of());
        assertThat(off.pageCount()).isZero();
    }

    private static byte[] bytes(int size) {
        return new byte[size];
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
