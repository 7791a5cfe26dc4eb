package io.inkwell.integrations;

import java.util.List;
import java.util.UUID;

/** Who is calling the Content API: a live key, and the browser origins it may be used from. */
public record ApiClient(UUID keyId, String name, List<String> allowedOrigins) {

    public ApiClient {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    public boolean allowsOrigin(String origin) {
        return allowedOrigins.contains(origin);
    }
}
