package io.inkwell.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered pages by key, on Caffeine: bounded in bytes (Caffeine's weigher), a page lives for its time to live
 * and then for one more as a stale copy, and lookups take no lock shared with other pages. A few seconds of
 * age are what anonymous readers may see at most of another instance's change; this instance's own changes
 * expire every page at once ({@link #expireAll}).
 *
 * <p>When a page expires, the first reader to ask renders it again while the others are still served the
 * expired copy, for at most another time to live: otherwise every reader asking in that instant renders
 * the same page at once (32 connections on a 2-core machine stalled for ~150 ms every 5 s).
 */
final class PageCache {

    private final Duration timeToLive;
    private final long maxBytes;
    private final int maxPageBytes;
    private final Clock clock;
    private final Cache<String, CachedPage> pages;
    /** Keys of expired pages that one reader is rendering again. */
    private final Set<String> rendering = ConcurrentHashMap.newKeySet();
    /** Moves on at every write ({@link #expireAll}): a page rendered across one may predate the write. */
    private final AtomicLong generation = new AtomicLong();

    PageCache(Duration timeToLive, long maxBytes, int maxPageBytes, Clock clock) {
        this.timeToLive = timeToLive;
        this.maxBytes = maxBytes;
        this.maxPageBytes = maxPageBytes;
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, maxBytes))
                .weigher((String key, CachedPage page) -> page.size())
                .expireAfter(new UntilTheStaleCopyEnds())
                .ticker(new ClockTicker(clock))
                // Evictions happen in the writing request, not later on a pool: the bytes stay within bounds.
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    boolean enabled() {
        return !timeToLive.isZero() && !timeToLive.isNegative() && maxBytes > 0;
    }

    /**
     * The page to serve, or empty when the caller is to render it: absent, or expired and nobody else is
     * rendering it yet (the caller then must end with {@link #put} or {@link #release}).
     */
    Optional<CachedPage> lookup(String key) {
        CachedPage page = pages.getIfPresent(key);
        if (page == null) {
            // A claim on a copy that has gone since is worth nothing to anyone.
            rendering.remove(key);
            return Optional.empty();
        }
        if (page.storedAt().plus(timeToLive).isAfter(clock.instant())) {
            return Optional.of(page);
        }
        return rendering.add(key) ? Optional.empty() : Optional.of(page);
    }

    long generation() {
        return generation.get();
    }

    /**
     * Keeps a page rendered since {@code renderedInGeneration} unless the cache was cleared meanwhile or
     * the page alone would take more than its share; Caffeine evicts to make room.
     */
    void put(String key, long renderedInGeneration, byte[] body, String contentType,
            Map<String, List<String>> headers, List<Runnable> onEveryServe) {
        rendering.remove(key);
        if (!enabled() || body.length > maxPageBytes) {
            return;
        }
        Instant now = clock.instant();
        // Checked under the key's lock, which expireAll also takes per page: a page cannot slip in unexpired
        // between a write's new generation and its pass over the pages. A page rendered across a write is kept
        // as already expired: the next reader renders again, and readers meanwhile get this copy, which is newer
        // than the one before it. Keeping the older copy instead meant that on a site written to more often than
        // a page renders, readers were served it until its time to live ran out.
        pages.asMap().compute(key, (k, old) -> new CachedPage(body, contentType, headers, onEveryServe,
                renderedInGeneration == generation.get() ? now : now.minus(timeToLive)));
    }

    /** The caller rendered nothing worth keeping (an error, a page for one reader): the next may try. */
    void release(String key) {
        rendering.remove(key);
    }

    /**
     * After a write: every page counts as expired from now, so the next reader of each renders it anew. The
     * old copies stay only to be served while that one render runs, as on any expiry: emptying the cache
     * instead made every reader of a busy page render it at once after each comment on the site.
     */
    void expireAll() {
        generation.incrementAndGet();
        Instant expiredNow = clock.instant().minus(timeToLive);
        pages.asMap().replaceAll((key, page) -> page.storedAt().isAfter(expiredNow) ? page.storedAt(expiredNow) : page);
        rendering.clear();
    }

    /** Forgets every page. */
    void clear() {
        generation.incrementAndGet();
        pages.invalidateAll();
        rendering.clear();
    }

    int pageCount() {
        pages.cleanUp();
        return Math.toIntExact(pages.estimatedSize());
    }

    long byteCount() {
        pages.cleanUp();
        return pages.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** Hits, misses, evictions and size in the metrics, as {@code cache_*{cache="<name>"}}. */
    void monitor(MeterRegistry registry, String name) {
        CaffeineCacheMetrics.monitor(registry, pages, name);
    }

    /** A page is dropped when it is too old even to be served while it renders again. */
    private final class UntilTheStaleCopyEnds implements Expiry<String, CachedPage> {

        @Override
        public long expireAfterCreate(String key, CachedPage page, long currentTime) {
            long end = ClockTicker.nanos(page.storedAt().plus(timeToLive).plus(timeToLive));
            return Math.max(0, end - currentTime);
        }

        @Override
        public long expireAfterUpdate(String key, CachedPage page, long currentTime, long currentDuration) {
            return expireAfterCreate(key, page, currentTime);
        }

        @Override
        public long expireAfterRead(String key, CachedPage page, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }

    /** Caffeine's time from the cache's clock, so that ages and expiry agree (and tests can move both). */
    private record ClockTicker(Clock clock) implements Ticker {

        static long nanos(Instant instant) {
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        }

        @Override
        public long read() {
            return nanos(clock.instant());
        }
    }
}
