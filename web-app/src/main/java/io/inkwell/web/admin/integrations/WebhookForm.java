package io.inkwell.web.admin.integrations;

import static io.inkwell.integrations.IntegrationLimits.WEBHOOK_SECRET_MAX;
import static io.inkwell.integrations.IntegrationLimits.WEBHOOK_URL_MAX;

import io.inkwell.integrations.WebhookDraft;
import io.inkwell.integrations.WebhookEvent;
import io.inkwell.integrations.WebhookView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;

/** A webhook's address, the events it is told of and, optionally, the secret its deliveries are signed with. */
record WebhookForm(
        @NotBlank(message = "{validation.webhookUrlMissing}")
        @Size(max = WEBHOOK_URL_MAX, message = "{validation.atMost}") String url,
        @NotEmpty(message = "{validation.webhookEventsMissing}") Set<WebhookEvent> events,
        @Size(max = WEBHOOK_SECRET_MAX, message = "{validation.atMost}") String secret) {

    static WebhookForm empty() {
        return new WebhookForm("", new LinkedHashSet<>(Set.of(WebhookEvent.POST_PUBLISHED)), "");
    }

    static WebhookForm of(WebhookView webhook) {
        return new WebhookForm(webhook.url(), new LinkedHashSet<>(webhook.events()), "");
    }

    WebhookDraft draft() {
        return new WebhookDraft(url, events, secret);
    }
}
