package io.inkwell.web.cache;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One rendered page as an anonymous reader receives it. {@code onEveryServe} is the work a hit must still
 * do, such as counting a post view, because the controller that would have done it does not run.
 */
record CachedPage(byte[] body, String contentType, Map<String, List<String>> headers, List<Runnable> onEveryServe,
                  Instant storedAt) {

    int size() {
        return body.length;
    }

    /** The same page, aged as if stored at {@code storedAt}. */
    CachedPage storedAt(Instant storedAt) {
        return new CachedPage(body, contentType, headers, onEveryServe, storedAt);
    }
}
