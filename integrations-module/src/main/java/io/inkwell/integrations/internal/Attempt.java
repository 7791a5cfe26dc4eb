package io.inkwell.integrations.internal;

import static io.inkwell.integrations.IntegrationLimits.DELIVERY_ERROR_MAX;

/** What one attempt to send a delivery gave: the receiver's status code (null when none came), time taken, error. */
record Attempt(boolean delivered, Integer responseCode, int durationMs, String error) {

    static Attempt delivered(int code, int durationMs) {
        return new Attempt(true, code, durationMs, null);
    }

    static Attempt failed(Integer code, int durationMs, String error) {
        String message = error == null || error.isBlank() ? "Failed" : error;
        return new Attempt(false, code, durationMs,
                message.length() > DELIVERY_ERROR_MAX ? message.substring(0, DELIVERY_ERROR_MAX - 1) + "…" : message);
    }
}
