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
    void anExpiredPageIsRenderedAgainByOneReaderWhileTheOthersGetTheExpiredCopy() {
        PageCache cache = new PageCache(Duration.ofSeconds(5), 1000, 100, clock);
        cache.put("/", 0, bytes(10), "text/html", Map.of(), List.of());

        clock.advance(Duration.ofMillis(4999));
        assertThat(cache.lookup("/")).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.lookup("/")).as("the first reader renders").isEmpty();
        assertThat(cache.lookup("/")).as("the others meanwhile").isPresent();

        cache.put("/", cache.generation(), bytes(12), "text/html", Map.of(), List.of());
        assertThat(cache.lookup("/")).hasValueSatisfying(page -> assertThat(page.size()).isEqualTo(12));
        assertThat(cache.byteCount()).isEqualTo(12);
    }

    @Test
    void theExpiredCopyIsServedForAtMostAnotherTimeToLive() {
        PageCache cache = new PageCache(Duration.ofSeconds(5), 1000, 100, clock);
        cache.put("/", 0, bytes(10), "text/html", Map.of(), List.of());
        clock.advance(Duration.ofSeconds(5));
        assertThat(cache.lookup("/")).isEmpty();

        clock.advance(Duration.ofSeconds(5));
        assertThat(cache.lookup("/")).as("the renderer takes too long: render too").isEmpty();
        assertThat(cache.pageCount()).as("a copy nobody may be served any more is gone").isZero();
    }

    @Test
    void aRenderKeptForNobodyLetsTheNextTry() {
        PageCache cache = new PageCache(Duration.ofSeconds(5), 1000, 100, clock);
        cache.put("/", 0, bytes(10), "text/html", Map.of(), List.of());
        clock.advance(Duration.ofSeconds(5));
        assertThat(cache.lookup("/")).isEmpty();

        cache.release("/");
        clock.advance(Duration.ofMillis(4999));
        assertThat(cache.lookup("/")).as("released: this reader renders").isEmpty();
        assertThat(cache.lookup("/")).as("and the others get the copy").isPresent();
    }

    @Test
    void aPageRenderedAcrossAWriteIsKeptOnlyAsExpiredSoTheNextReaderRendersAgain() {
        PageCache cache = new PageCache(Duration.ofSeconds(5), 1000, 100, clock);
        cache.put("/", cache.generation(), bytes(10), "text/html", Map.of(), List.of());
        long before = cache.generation();
        cache.expireAll();

        cache.put("/", before, bytes(11), "text/html", Map.of(), List.of());

        assertThat(cache.lookup("/")).as("the next reader renders").isEmpty();
        assertThat(cache.lookup("/")).as("the others meanwhile get the newer copy, not the one before it")
                .get().extracting(page -> page.body().length).isEqualTo(11);
    }

    /** Caffeine's W-TinyLFU: a page read often stays, a page read as rarely as another may not displace it. */
    @Test
    void pagesReadLeastLeaveWhenTheBytesRunOut() {
        PageCache cache = new PageCache(Duration.ofMinutes(1), 100, 100, clock);
        cache.put("/a", 0, bytes(40), "text/html", Map.of(), List.of());
        cache.put("/b", 0, bytes(40), "text/html", Map.of(), List.of());
        cache.lookup("/a");
        cache.put("/c", 0, bytes(40), "text/html", Map.of(), List.of());

        assertThat(cache.lookup("/a")).as("the page read most").isPresent();
        assertThat(cache.lookup("/b").isPresent() ^ cache.lookup("/c").isPresent()).as("one of the others left").isTrue();
        assertThat(cache.byteCount()).isEqualTo(80);
    }

    @Test
    void aPageLargerThanItsShareIsNotKeptAndAReplacedPageIsCountedOnce() {
        PageCache cache = new PageCache(Duration.ofMinutes(1), 1000, 50, clock);
        cache.put("/big", 0, bytes(51), "text/html", Map.of(), List.of());
        cache.put("/", 0, bytes(30), "text/html", Map.of(), List.of());
        cache.put("/", 0, bytes(20), "text/html", Map.of(), List.of());

        assertThat(cache.lookup("/big")).isEmpty();
        assertThat(cache.pageCount()).isEqualTo(1);
        assertThat(cache.byteCount()).isEqualTo(20);
    }

    @Test
    void aClearExpiresEveryPageSoItsNextReaderRendersItWhileTheOthersGetTheOldCopy() {
        PageCache cache = new PageCache(Duration.ofMinutes(1), 1000, 100, clock);
        cache.put("/old", 0, bytes(10), "text/html", Map.of(), List.of());
        clock.advance(Duration.ofMinutes(2));
        cache.put("/", 0, bytes(10), "text/html", Map.of(), List.of());
        clock.advance(Duration.ofSeconds(30));
        cache.expireAll();

        assertThat(cache.lookup("/")).as("the next reader renders").isEmpty();
        assertThat(cache.lookup("/")).as("the others meanwhile").isPresent();
        cache.put("/", cache.generation(), bytes(11), "text/html", Map.of(), List.of());
        assertThat(cache.lookup("/")).hasValueSatisfying(page -> assertThat(page.size()).isEqualTo(11));

        assertThat(cache.lookup("/old")).as("long expired before the clear: no grace").isEmpty();
        assertThat(cache.lookup("/old")).isEmpty();
    }

    @Test
    void aZeroTimeToLiveTurnsItOff() {
        PageCache off = new PageCache(Duration.ZERO, 1000, 100, clock);
        assertThat(off.enabled()).isFalse();
        off.put("/", 0, bytes(10), "text/html", Map.of(), List.of());
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
