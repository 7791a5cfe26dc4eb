package io.inkwell.integrations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook as the admin pages show it: never its secret. Events in the order of {@link WebhookEvent}. */
public record WebhookView(UUID id, String url, List<WebhookEvent> events, Instant createdAt, Instant updatedAt) {

    public WebhookView {
        events = List.copyOf(events);
    }
}
