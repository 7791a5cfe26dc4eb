package io.inkwell.web.limits;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets in PostgreSQL (table {@code rate_limit_buckets}), so every instance of the site takes from
 * the same bucket: Bucket4j reads a key's row {@code for update}, so two instances asking at once queue on
 * it and never both take the last token. Each call borrows a pooled connection for one short transaction
 * of its own, outside any request's transaction.
 *
 * <p>When the database cannot be asked, the action is let through (and logged): the limit guards against
 * floods, and a write that follows would fail on the same database anyway with the outage page.
 */
class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    /** Rows deleted per statement when clearing buckets that would be full again. */
    private static final int CLEAN_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    RateLimiter(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                // A row past this is a full bucket: deleting it changes nothing (see removeExpired).
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /** Takes one action from the bucket of {@code key}: empty when allowed, else how long until one is back. */
    Optional<Duration> take(String key, RateLimit limit) {
        try {
            ConsumptionProbe probe = bucket(key, limit).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Optional.empty() : Optional.of(secondsOf(probe.getNanosToWaitForRefill()));
        } catch (RuntimeException e) {
            log.warn("Rate limit {} not checked, let through: {}", key, e.getMessage());
            return Optional.empty();
        }
    }

    /** Like {@link #take} but takes nothing: whether one more action would be allowed now. */
    Optional<Duration> peek(String key, RateLimit limit) {
        try {
            EstimationProbe probe = bucket(key, limit).estimateAbilityToConsume(1);
            return probe.canBeConsumed() ? Optional.empty() : Optional.of(secondsOf(probe.getNanosToWaitForRefill()));
        } catch (RuntimeException e) {
            log.warn("Rate limit {} not checked, let through: {}", key, e.getMessage());
            return Optional.empty();
        }
    }

    /** Deletes up to a batch of rows whose buckets are full again; returns how many. */
    int removeFullBuckets() {
        return buckets.removeExpired(CLEAN_BATCH);
    }

    private BucketProxy bucket(String key, RateLimit limit) {
        return buckets.builder().build(key, limit::bucket);
    }

    /** Whole seconds, at least one: what Retry-After can say. */
    private static Duration secondsOf(long nanos) {
        return Duration.ofSeconds(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }
}
