package io.inkwell.integrations.internal;

import io.inkwell.integrations.WebhookEvent;
import io.inkwell.integrations.WebhookView;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/** A row of {@code webhooks}; {@code events} as the mapper reads and writes it, types separated by spaces. */
record WebhookRow(UUID id, String url, String events, String secret, Instant createdAt, Instant updatedAt) {

    WebhookView toView() {
        return new WebhookView(id, url, Arrays.stream(events.split(" ")).map(WebhookEvent::ofType).flatMap(Optional::stream)
                .sorted().toList(), createdAt, updatedAt);
    }
}
