package io.inkwell.integrations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A key as the admin page shows it: never its text, only its first characters ({@code prefix}). */
public record ApiKeyView(UUID id, String name, String prefix, List<String> allowedOrigins, Instant createdAt,
                         Instant lastUsedAt, Instant revokedAt) {

    public ApiKeyView {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
