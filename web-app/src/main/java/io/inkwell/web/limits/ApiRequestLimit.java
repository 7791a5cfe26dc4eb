package io.inkwell.web.limits;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Content API requests per key ({@code inkwell.rate-limits.api.per-key}, {@code INKWELL_LIMIT_API}), counted in the
 * same PostgreSQL buckets as every other limit, so all instances share each key's allowance. Asked by the API's own
 * security filter once the key is known; a refused request is answered 429 there.
 */
public class ApiRequestLimit {

    private final RateLimiter limiter;
    private final Optional<RateLimit> perKey;

    ApiRequestLimit(RateLimiter limiter, String setting) {
        this.limiter = limiter;
        this.perKey = RateLimit.parse(setting);
    }

    /** Counts one request of the key: empty when allowed, else how long until the next one is. */
    public Optional<Duration> take(UUID keyId) {
        return perKey.flatMap(limit -> limiter.take("api/" + limit.id() + "/key/" + keyId, limit));
    }
}
