package io.inkwell.integrations.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The integrations context's rows for tests, written with SQL: a webhook at any address (a test's receiver is on
 * 127.0.0.1, which the service refuses unless private addresses are allowed), a delivery of it, and API keys.
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

    /**
     * A live API key named {@code name}, allowed from these origins; returns its text. Stored as the site stores
     * keys: the SHA-256 of the text, and its first 12 characters.
     */
    public static String apiKey(JdbcTemplate jdbc, String name, String... origins) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = "ink_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.update("insert into api_keys (id, name, key_prefix, key_hash, allowed_origins) values (?, ?, ?, ?, string_to_array(?, ' '))",
                orderedId(), name, key.substring(0, 12), sha256(key), String.join(" ", origins));
        return key;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
