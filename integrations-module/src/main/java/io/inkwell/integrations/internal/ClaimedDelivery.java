package io.inkwell.integrations.internal;

import java.util.UUID;

/** A delivery a worker has claimed, with what sending it needs: its webhook's address and secret, and the body. */
record ClaimedDelivery(UUID id, UUID webhookId, String eventType, String payload, int attempts, String url, String secret) {
}
