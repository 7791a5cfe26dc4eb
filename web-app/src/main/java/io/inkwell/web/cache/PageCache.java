package io.inkwell.web.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rendered pages by URL, least recently used first out, bounded in bytes and in age. A few seconds of
 * age are what anonymous readers may see at most of another instance's change; this instance's own
 * changes expire every page at once ({@link #expireAll}).
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
    private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(64, 0.75f, true);
    private final Set<String> rendering = new HashSet<>();
    private long bytes;
    /** Moves on at every write ({@link #expireAll}): a page rendered across one may predate the write. */
    private long generation;

    PageCache(Duration timeToLive, long maxBytes, int maxPageBytes, Clock clock) {
        this.timeToLive = timeToLive;
        this.maxBytes = maxBytes;
        this.maxPageBytes = maxPageBytes;
        this.clock = clock;
    }

    boolean enabled() {
        return !timeToLive.isZero() && !timeToLive.isNegative() && maxBytes > 0;
    }

    /**
     * The page to serve, or empty when the caller is to render it: absent, or expired and nobody else is
     * rendering it yet (the caller then must end with {@link #put} or {@link #release}).
     */
    synchronized Optional<CachedPage> lookup(String key) {
        CachedPage page = pages.get(key);
        if (page == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant expiry = page.storedAt().plus(timeToLive);
        if (expiry.isAfter(now)) {
            return Optional.of(page);
        }
        if (rendering.contains(key) && expiry.plus(timeToLive).isAfter(now)) {
            return Optional.of(page);
        }
        rendering.add(key);
        return Optional.empty();
    }

    synchronized long generation() {
        return generation;
    }

    /**
     * Keeps a page rendered since {@code renderedInGeneration} unless the cache was cleared meanwhile or
     * the page alone would take more than its share; evicts the least recently used to make room.
     */
    synchronized void put(String key, long renderedInGeneration, byte[] body, String contentType,
            Map<String, List<String>> headers, List<Runnable> onEveryServe) {
        rendering.remove(key);
        if (!enabled() || body.length > maxPageBytes || renderedInGeneration != generation) {
            return;
        }
        CachedPage page = new CachedPage(body, contentType, headers, onEveryServe, clock.instant());
        remove(key);
        pages.put(key, page);
        bytes += page.size();
        Iterator<Map.Entry<String, CachedPage>> oldestFirst = pages.entrySet().iterator();
        while (bytes > maxBytes && oldestFirst.hasNext()) {
            bytes -= oldestFirst.next().getValue().size();
            oldestFirst.remove();
        }
    }

    /** The caller rendered nothing worth keeping (an error, a page for one reader): the next may try. */
    synchronized void release(String key) {
        rendering.remove(key);
    }

    /**
     * After a write: every page counts as expired from now, so the next reader of each renders it anew. The
     * old copies stay only to be served while that one render runs, as on any expiry: emptying the cache
     * instead made every reader of a busy page render it at once after each comment on the site.
     */
    synchronized void expireAll() {
        Instant expiredNow = clock.instant().minus(timeToLive);
        pages.replaceAll((key, page) -> page.storedAt().isAfter(expiredNow)
                ? new CachedPage(page.body(), page.contentType(), page.headers(), page.onEveryServe(), expiredNow)
                : page);
        rendering.clear();
        generation++;
    }

    /** Forgets every page. */
    synchronized void clear() {
        pages.clear();
        rendering.clear();
        bytes = 0;
        generation++;
    }

    synchronized int pageCount() {
        return pages.size();
    }

    synchronized long byteCount() {
        return bytes;
    }

    private void remove(String key) {
        CachedPage gone = pages.remove(key);
        if (gone != null) {
            bytes -= gone.size();
        }
    }
}
