package io.inkwell.integrations.internal;

import io.inkwell.integrations.ApiClient;
import io.inkwell.integrations.ApiKeyView;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code api_keys}; {@code allowedOrigins} as the mapper reads and writes it, space-separated. */
record ApiKeyRow(UUID id, String name, String keyPrefix, String keyHash, String allowedOrigins, Instant createdAt,
                 Instant lastUsedAt, Instant revokedAt) {

    ApiKeyView toView() {
        return new ApiKeyView(id, name, keyPrefix, Origins.split(allowedOrigins), createdAt, lastUsedAt, revokedAt);
    }

    ApiClient toClient() {
        return new ApiClient(id, name, Origins.split(allowedOrigins));
    }
}
