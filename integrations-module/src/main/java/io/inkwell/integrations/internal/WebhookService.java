package io.inkwell.integrations.internal;

import static io.inkwell.integrations.IntegrationLimits.WEBHOOK_SECRET_MAX;
import static io.inkwell.integrations.IntegrationLimits.WEBHOOK_SECRET_MIN;

import io.inkwell.db.Refusal;
import io.inkwell.db.StorableText;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.integrations.CreatedWebhook;
import io.inkwell.integrations.DeliveryLog;
import io.inkwell.integrations.DeliveryView;
import io.inkwell.integrations.IntegrationNotFoundException;
import io.inkwell.integrations.InvalidIntegrationException;
import io.inkwell.integrations.WebhookDraft;
import io.inkwell.integrations.WebhookEvent;
import io.inkwell.integrations.WebhookView;
import io.inkwell.integrations.Webhooks;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class WebhookService implements Webhooks {

    static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookMapper webhooks;
    private final DeliveryMapper deliveries;
    private final WebhookSettings settings;

    WebhookService(WebhookMapper webhooks, DeliveryMapper deliveries, WebhookSettings settings) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WebhookView> all(Actor actor) {
        allowed(actor);
        return webhooks.selectAll().stream().map(WebhookRow::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public WebhookView find(Actor actor, UUID id) {
        allowed(actor);
        return row(id).toView();
    }

    @Override
    public CreatedWebhook create(Actor actor, WebhookDraft draft) {
        allowed(actor);
        String url = WebhookUrls.checked(StorableText.clean(draft.url()), settings.allowPrivate());
        String events = events(draft);
        String secret = Optional.ofNullable(secret(draft)).orElseGet(WebhookService::newSecret);
        UUID id = TimeOrderedIds.next();
        webhooks.insert(new WebhookRow(id, url, events, secret, null, null));
        return new CreatedWebhook(row(id).toView(), secret);
    }

    @Override
    public WebhookView update(Actor actor, UUID id, WebhookDraft draft) {
        allowed(actor);
        row(id);
        String url = WebhookUrls.checked(StorableText.clean(draft.url()), settings.allowPrivate());
        webhooks.update(id, url, events(draft), secret(draft));
        return row(id).toView();
    }

    @Override
    public void delete(Actor actor, UUID id) {
        allowed(actor);
        if (webhooks.deleteById(id) == 0) {
            throw notFound();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public DeliveryLog deliveries(Actor actor, UUID webhookId, Optional<UUID> before, int size) {
        allowed(actor);
        row(webhookId);
        List<DeliveryRow> rows = deliveries.selectPage(webhookId, before.orElse(null), size + 1);
        List<DeliveryView> page = rows.stream().limit(size).map(DeliveryRow::toView).toList();
        return new DeliveryLog(page, rows.size() > size ? page.get(page.size() - 1).id() : null);
    }

    @Override
    public DeliveryView redeliver(Actor actor, UUID webhookId, UUID deliveryId) {
        allowed(actor);
        DeliveryRow original = deliveries.selectById(deliveryId).filter(row -> row.webhookId().equals(webhookId))
                .orElseThrow(() -> new IntegrationNotFoundException("No such delivery"));
        UUID id = TimeOrderedIds.next();
        deliveries.insertRedelivery(id, original.id());
        return deliveries.selectById(id).orElseThrow().toView();
    }

    private WebhookRow row(UUID id) {
        return webhooks.selectById(id).orElseThrow(WebhookService::notFound);
    }

    private static String events(WebhookDraft draft) {
        if (draft.events().isEmpty()) {
            throw new InvalidIntegrationException("events", Refusal.of("refused.webhook.eventsMissing",
                    "Choose at least one event to be told of."));
        }
        return draft.events().stream().sorted().map(WebhookEvent::type).collect(Collectors.joining(" "));
    }

    /** The secret typed, or null when none was. */
    private static String secret(WebhookDraft draft) {
        String secret = StorableText.blankToNull(draft.secret());
        if (secret != null && (secret.length() < WEBHOOK_SECRET_MIN || secret.length() > WEBHOOK_SECRET_MAX)) {
            throw new InvalidIntegrationException("secret", Refusal.of("refused.webhook.secretLength",
                    "A secret has {0} to {1} characters; leave it empty to have one made.", WEBHOOK_SECRET_MIN, WEBHOOK_SECRET_MAX));
        }
        return secret;
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void allowed(Actor actor) {
        if (!actor.mayManageIntegrations()) {
            throw new NotAllowedException("Only admins manage webhooks.");
        }
    }

    private static IntegrationNotFoundException notFound() {
        return new IntegrationNotFoundException("No such webhook");
    }
}
