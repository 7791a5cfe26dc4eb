package io.inkwell.web.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered pages by URL, least recently used first out, bounded in bytes and in age. A few seconds of
 * age are what anonymous readers may see at most of another instance's change; this instance's own
 * changes clear it at once ({@link #clear}).
 */
final class PageCache {

    private final Duration timeToLive;
    private final long maxBytes;
    private final int maxPageBytes;
    private final Clock clock;
    private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    PageCache(Duration timeToLive, long maxBytes, int maxPageBytes, Clock clock) {
        this.timeToLive = timeToLive;
        this.maxBytes = maxBytes;
        this.maxPageBytes = maxPageBytes;
        this.clock = clock;
    }

    boolean enabled() {
        return !timeToLive.isZero() && !timeToLive.isNegative() && maxBytes > 0;
    }

    synchronized Optional<CachedPage> fresh(String key) {
        CachedPage page = pages.get(key);
        if (page == null) {
            return Optional.empty();
        }
        if (page.storedAt().plus(timeToLive).isAfter(clock.instant())) {
            return Optional.of(page);
        }
        remove(key);
        return Optional.empty();
    }

    /** Keeps a page unless it alone would take more than its share; evicts the oldest to make room. */
    synchronized void put(String key, byte[] body, String contentType, Map<String, List<String>> headers,
            List<Runnable> onEveryServe) {
        if (!enabled() || body.length > maxPageBytes) {
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

    synchronized void clear() {
        pages.clear();
        bytes = 0;
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
