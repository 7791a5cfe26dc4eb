package io.inkwell.integrations;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhooks and their delivery log, for admins ({@link Actor#mayManageIntegrations()}); anyone else gets
 * {@link NotAllowedException}. A URL that is not http(s), carries credentials, or names a private, loopback or
 * link-local address (unless private addresses are allowed) is an {@link InvalidIntegrationException} on
 * {@code url}; so are no events, and a secret shorter than {@link IntegrationLimits#WEBHOOK_SECRET_MIN}.
 */
public interface Webhooks {

    /** Every webhook, newest first: a site has a handful. */
    List<WebhookView> all(Actor actor);

    WebhookView find(Actor actor, UUID id);

    /** A new webhook; without a secret one is made. {@link CreatedWebhook#secret()} is shown this once. */
    CreatedWebhook create(Actor actor, WebhookDraft draft);

    /** New URL and events; a blank secret keeps the one it has. */
    WebhookView update(Actor actor, UUID id, WebhookDraft draft);

    /** The webhook and its delivery log are gone; deliveries not yet sent are not sent. */
    void delete(Actor actor, UUID id);

    /** The webhook's deliveries, newest first, older than {@code before} (from the newest when empty). */
    DeliveryLog deliveries(Actor actor, UUID webhookId, Optional<UUID> before, int size);

    /** Sends a delivery's body again, as a new delivery due now, whatever became of the first. */
    DeliveryView redeliver(Actor actor, UUID webhookId, UUID deliveryId);
}
