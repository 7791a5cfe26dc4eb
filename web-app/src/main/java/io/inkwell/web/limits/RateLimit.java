package io.inkwell.web.limits;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.convert.DurationStyle;

/**
 * At most {@code capacity} actions in each {@code period}, the periods counted from a client's first action:
 * "5/1h" allows five, then none until the hour is over, then five again. All come back at once rather than
 * one by one, so what a limit allows is exactly what it says, whatever the pace. Written in settings as
 * {@code COUNT/DURATION} (10/1m, 20/15m, 5/1h), or {@code off}.
 */
record RateLimit(long capacity, Duration period) {

    RateLimit {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs at least one action in a positive period");
        }
    }

    /** Empty for "off"; a setting that is neither throws, so a typo stops the start instead of lifting a limit. */
    static Optional<RateLimit> parse(String setting) {
        String text = setting == null ? "off" : setting.strip().toLowerCase(Locale.ROOT);
        if (text.equals("off")) {
            return Optional.empty();
        }
        String[] parts = text.split("/", 2);
        try {
            return Optional.of(new RateLimit(Long.parseLong(parts[0].strip()), DurationStyle.detectAndParse(parts[1].strip())));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"" + setting + "\" is not a rate limit like 10/1m, 5/1h or off", e);
        }
    }

    /** Part of every bucket's key, so a changed limit starts afresh instead of reading buckets made for another. */
    String id() {
        return capacity + "/" + period;
    }

    BucketConfiguration bucket() {
        return BucketConfiguration.builder().addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, period)).build();
    }
}
