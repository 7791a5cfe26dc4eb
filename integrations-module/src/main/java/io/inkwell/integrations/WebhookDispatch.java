package io.inkwell.integrations;

/**
 * The background worker's one step, which each instance runs every {@code inkwell.webhooks.poll-interval}: claims
 * the deliveries that are due (locked with {@code FOR UPDATE SKIP LOCKED}, so no two workers of any instance
 * claim the same one), sends them and records what came back, scheduling a retry with exponential backoff after a
 * failure. Exposed for tests and operations; nothing else needs to call it.
 */
public interface WebhookDispatch {

    /** Sends what is due now; returns how many deliveries were attempted. */
    int deliverDue();
}
