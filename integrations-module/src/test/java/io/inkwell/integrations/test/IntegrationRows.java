package io.inkwell.integrations.test;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The integrations context's rows for tests, written with SQL: a webhook at any address (a test's receiver is on
 * 127.0.0.1, which the service refuses unless private addresses are allowed), and a delivery of it. API keys are
 * made through {@code ApiKeys.create}, which gives their text.
 */
public final class IntegrationRows {

    private static final AtomicLong LAST_MILLIS = new AtomicLong();
    private static final SecureRandom RANDOM = new SecureRandom();

    private IntegrationRows() {
    }

    /**
     * A time-ordered id (UUIDv7, as the site makes them) later than every one this method gave before: rows a test
     * writes within one millisecond still list newest first in the order they were written.
     */
    public static UUID orderedId() {
        long millis = LAST_MILLIS.updateAndGet(last -> Math.max(System.currentTimeMillis(), last + 1));
        return new UUID((millis << 16) | 0x7000L | (RANDOM.nextLong() & 0x0FFFL),
                (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    /** A webhook told of these event types ({@code post.published}, …). */
    public static UUID webhook(JdbcTemplate jdbc, String url, String secret, String... eventTypes) {
        return jdbc.queryForObject(
                "insert into webhooks (id, url, events, secret) values (?, ?, string_to_array(?, ' '), ?) returning id",
                UUID.class, orderedId(), url, String.join(" ", eventTypes), secret);
    }

    /** A delivery of {@code webhookId} in this status (pending ones are due now), with a small JSON body. */
    public static UUID delivery(JdbcTemplate jdbc, UUID webhookId, String eventType, String status) {
        boolean waiting = status.equals("pending") || status.equals("sending");
        return jdbc.queryForObject("""
                insert into webhook_deliveries (id, webhook_id, event_id, event_type, payload, status, attempts, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, case when ? then now() end) returning id""", UUID.class,
                orderedId(), webhookId, UUID.randomUUID(), eventType, "{\"type\":\"" + eventType + "\"}", status, waiting ? 0 : 1, waiting);
    }
}
