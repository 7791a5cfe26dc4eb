package io.inkwell.integrations;

import java.util.Set;

/** A webhook as the form sends it; {@code secret} may be blank (made on create, kept on update). */
public record WebhookDraft(String url, Set<WebhookEvent> events, String secret) {

    public WebhookDraft {
        events = events == null ? Set.of() : Set.copyOf(events);
    }
}
