package io.inkwell.integrations;

/**
 * Where a delivery is: waiting to be sent (or to be tried again), being sent by a worker, delivered (the
 * receiver answered 2xx), or failed for good after the last retry.
 */
public enum DeliveryStatus {
    PENDING, SENDING, DELIVERED, FAILED
}
