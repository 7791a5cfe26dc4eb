package io.inkwell.web.api;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Content API's successful answers. Clients may keep an answer a minute ({@code private}: it was asked for with a
 * key, so shared caches keep none) and then ask again with {@code If-None-Match}: the strong ETag is the digest of the
 * body (registered in {@link ApiConfiguration}), so an unchanged answer costs a 304 without a body.
 */
final class ApiAnswers {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePrivate();
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 50;

    private ApiAnswers() {
    }

    static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(CACHE).body(body);
    }

    /** A renamed post or page: where it answers now. */
    static <T> ResponseEntity<T> movedTo(URI location) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(location).cacheControl(CACHE).build();
    }

    /** {@code limit} as asked, within 1 to {@link #MAX_LIMIT}: out of range is clamped, as the site's page sizes are. */
    static int limit(Integer asked) {
        return asked == null ? DEFAULT_LIMIT : Math.max(1, Math.min(asked, MAX_LIMIT));
    }
}
