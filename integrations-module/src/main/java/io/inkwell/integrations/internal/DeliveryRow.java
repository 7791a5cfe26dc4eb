package io.inkwell.integrations.internal;

import io.inkwell.integrations.DeliveryStatus;
import io.inkwell.integrations.DeliveryView;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code webhook_deliveries} as the log shows it (the body is left out). */
record DeliveryRow(UUID id, UUID webhookId, UUID eventId, String eventType, UUID redeliveryOf, DeliveryStatus status,
                   int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Integer responseCode, Integer durationMs,
                   String error, Instant createdAt) {

    DeliveryView toView() {
        return new DeliveryView(id, webhookId, eventId, eventType, status, attempts, responseCode, durationMs, error, createdAt,
                lastAttemptAt, nextAttemptAt, redeliveryOf != null);
    }
}
