package io.inkwell.integrations;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery in the log, with what its last attempt gave: the receiver's status code (none when it could not
 * be reached), how long it took, and why it failed. {@code nextAttemptAt} is set while it waits.
 */
public record DeliveryView(UUID id, UUID webhookId, UUID eventId, String eventType, DeliveryStatus status, int attempts,
                           Integer responseCode, Integer durationMs, String error, Instant createdAt,
                           Instant lastAttemptAt, Instant nextAttemptAt, boolean redelivery) {
}
