package io.inkwell.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.integrations.CreatedWebhook;
import io.inkwell.integrations.DeliveryLog;
import io.inkwell.integrations.DeliveryStatus;
import io.inkwell.integrations.DeliveryView;
import io.inkwell.integrations.IntegrationNotFoundException;
import io.inkwell.integrations.IntegrationsTestApplication;
import io.inkwell.integrations.InvalidIntegrationException;
import io.inkwell.integrations.WebhookDraft;
import io.inkwell.integrations.WebhookEvent;
import io.inkwell.integrations.WebhookView;
import io.inkwell.integrations.Webhooks;
import io.inkwell.integrations.test.IntegrationRows;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing webhooks: the rules of their addresses, events and secrets, the log and "Redeliver". Addresses are
 * under .invalid (never resolved) or literal: nothing here connects anywhere.
 */
@SpringBootTest(classes = IntegrationsTestApplication.class)
@Transactional
class WebhookServiceTest {

    private static final String URL = "https://hooks.example.invalid/inkwell";
    private final Actor admin = new Actor(UUID.randomUUID(), Role.ADMIN);

    @Autowired
    Webhooks webhooks;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noWebhooks() {
        jdbc.update("delete from webhooks");
    }

    private int webhookCount() {
        return jdbc.queryForObject("select count(*) from webhooks", Integer.class);
    }

    private void refusedOn(String field, String message, ThrowingCallable write) {
        int before = webhookCount();
        assertThatThrownBy(write).isInstanceOfSatisfying(InvalidIntegrationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
        assertThat(webhookCount()).isEqualTo(before);
    }

    @Test
    void aWebhookWithoutASecretGetsOneMadeAndShownOnce() {
        CreatedWebhook created = webhooks.create(admin, new WebhookDraft(URL,
                Set.of(WebhookEvent.POST_DELETED, WebhookEvent.POST_PUBLISHED), " "));

        assertThat(created.secret()).matches("whsec_[A-Za-z0-9_-]{43}");
        assertThat(created.webhook().url()).isEqualTo(URL);
        assertThat(created.webhook().events()).containsExactly(WebhookEvent.POST_PUBLISHED, WebhookEvent.POST_DELETED);
        assertThat(jdbc.queryForObject("select secret from webhooks", String.class)).isEqualTo(created.secret());
        assertThat(webhooks.find(admin, created.webhook().id()).toString()).doesNotContain(created.secret());
    }

    @Test
    void aTypedSecretIsKeptAndABlankOneOnEditKeepsIt() {
        UUID id = webhooks.create(admin, new WebhookDraft(URL, Set.of(WebhookEvent.PAGE_PUBLISHED), "my own long secret")).webhook().id();

        WebhookView edited = webhooks.update(admin, id, new WebhookDraft("https://other.example.invalid/x",
                Set.of(WebhookEvent.POST_UPDATED), ""));

        assertThat(edited.url()).isEqualTo("https://other.example.invalid/x");
        assertThat(edited.events()).containsExactly(WebhookEvent.POST_UPDATED);
        assertThat(jdbc.queryForObject("select secret from webhooks", String.class)).isEqualTo("my own long secret");
        webhooks.update(admin, id, new WebhookDraft(URL, Set.of(WebhookEvent.POST_UPDATED), "a brand new secret"));
        assertThat(jdbc.queryForObject("select secret from webhooks", String.class)).isEqualTo("a brand new secret");
    }

    @Test
    void badAddressesEventsAndSecretsAreFieldErrorsAndStoreNothing() {
        Set<WebhookEvent> events = Set.of(WebhookEvent.POST_PUBLISHED);
        refusedOn("url", "user name and password", () -> webhooks.create(admin, new WebhookDraft("https://me:pw@hooks.example.invalid/", events, "")));
        refusedOn("url", "http:// or https://", () -> webhooks.create(admin, new WebhookDraft("gopher://hooks.example.invalid/", events, "")));
        refusedOn("url", "public addresses only", () -> webhooks.create(admin, new WebhookDraft("http://127.0.0.1:8081/actuator", events, "")));
        refusedOn("url", "public addresses only", () -> webhooks.create(admin, new WebhookDraft("http://169.254.169.254/", events, "")));
        refusedOn("events", "at least one event", () -> webhooks.create(admin, new WebhookDraft(URL, Set.of(), "")));
        refusedOn("secret", "16 to 200", () -> webhooks.create(admin, new WebhookDraft(URL, events, "short")));

        UUID id = webhooks.create(admin, new WebhookDraft(URL, events, "")).webhook().id();
        refusedOn("url", "public addresses only", () -> webhooks.update(admin, id, new WebhookDraft("http://10.0.0.8/", events, "")));
        assertThat(webhooks.find(admin, id).url()).isEqualTo(URL);
    }

    @Test
    void deletingAWebhookForgetsItsLog() {
        UUID id = webhooks.create(admin, new WebhookDraft(URL, Set.of(WebhookEvent.POST_PUBLISHED), "")).webhook().id();
        IntegrationRows.delivery(jdbc, id, "post.published", "pending");

        webhooks.delete(admin, id);

        assertThat(webhooks.all(admin)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from webhook_deliveries", Integer.class)).isZero();
        assertThatThrownBy(() -> webhooks.delete(admin, id)).isInstanceOf(IntegrationNotFoundException.class);
        assertThatThrownBy(() -> webhooks.find(admin, id)).isInstanceOf(IntegrationNotFoundException.class);
    }

    @Test
    void theLogIsPagedNewestFirstAndARedeliveryIsANewDeliveryOfTheSameEvent() {
        UUID id = IntegrationRows.webhook(jdbc, URL, "whsec_0123456789abcdef", "post.published");
        UUID first = IntegrationRows.delivery(jdbc, id, "post.published", "failed");
        UUID second = IntegrationRows.delivery(jdbc, id, "post.published", "delivered");
        UUID third = IntegrationRows.delivery(jdbc, id, "post.published", "delivered");

        DeliveryLog page = webhooks.deliveries(admin, id, Optional.empty(), 2);
        assertThat(page.items()).extracting(DeliveryView::id).containsExactly(third, second);
        assertThat(page.hasMore()).isTrue();
        DeliveryLog last = webhooks.deliveries(admin, id, Optional.of(page.before()), 2);
        assertThat(last.items()).extracting(DeliveryView::id).containsExactly(first);
        assertThat(last.hasMore()).isFalse();

        DeliveryView again = webhooks.redeliver(admin, id, first);

        assertThat(again.redelivery()).isTrue();
        assertThat(again.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(again.eventId()).isEqualTo(last.items().get(0).eventId());
        assertThat(webhooks.deliveries(admin, id, Optional.empty(), 10).items()).hasSize(4);
    }

    @Test
    void aDeliveryOfAnotherWebhookCannotBeRedeliveredThroughThisOne() {
        UUID mine = IntegrationRows.webhook(jdbc, URL, "whsec_0123456789abcdef", "post.published");
        UUID other = IntegrationRows.webhook(jdbc, URL, "whsec_0123456789abcdef", "post.published");
        UUID theirs = IntegrationRows.delivery(jdbc, other, "post.published", "failed");

        assertThatThrownBy(() -> webhooks.redeliver(admin, mine, theirs)).isInstanceOf(IntegrationNotFoundException.class);
        assertThatThrownBy(() -> webhooks.deliveries(admin, UUID.randomUUID(), Optional.empty(), 10))
                .isInstanceOf(IntegrationNotFoundException.class);
    }

    @Test
    void onlyActiveAdminsManageWebhooks() {
        UUID id = webhooks.create(admin, new WebhookDraft(URL, Set.of(WebhookEvent.POST_PUBLISHED), "")).webhook().id();
        Actor author = new Actor(UUID.randomUUID(), Role.USER);
        WebhookDraft draft = new WebhookDraft(URL, Set.of(WebhookEvent.POST_PUBLISHED), "");

        assertThatThrownBy(() -> webhooks.all(author)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> webhooks.find(author, id)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> webhooks.create(author, draft)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> webhooks.update(author, id, draft)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> webhooks.delete(author, id)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> webhooks.deliveries(author, id, Optional.empty(), 10)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> webhooks.redeliver(author, id, UUID.randomUUID())).isInstanceOf(NotAllowedException.class);
        assertThat(webhookCount()).isEqualTo(1);
    }
}
