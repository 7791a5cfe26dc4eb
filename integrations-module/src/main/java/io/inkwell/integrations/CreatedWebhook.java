package io.inkwell.integrations;

/** A webhook just made, with the secret its deliveries are signed with: shown to the admin this once. */
public record CreatedWebhook(WebhookView webhook, String secret) {
}
