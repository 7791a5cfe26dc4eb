package io.inkwell.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.integrations.test.IntegrationRows;
import io.inkwell.integrations.IntegrationsTestApplication;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Every statement of {@link WebhookMapper} on the real table; writes checked with plain SQL. */
@SpringBootTest(classes = IntegrationsTestApplication.class)
@Transactional
class WebhookMapperTest {

    @Autowired
    WebhookMapper webhooks;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noWebhooks() {
        jdbc.update("delete from webhooks");
    }

    private WebhookRow webhook(String url, String events) {
        WebhookRow row = new WebhookRow(IntegrationRows.orderedId(), url, events, "whsec_0123456789abcdef", null, null);
        webhooks.insert(row);
        return row;
    }

    @Test
    void webhooksAreStoredWithTheirEventsAndListedNewestFirst() {
        WebhookRow first = webhook("https://a.example.invalid/hook", "post.published post.deleted");
        WebhookRow second = webhook("https://b.example.invalid/hook", "page.published");

        assertThat(webhooks.selectAll()).extracting(WebhookRow::id).containsExactly(second.id(), first.id());
        WebhookRow stored = webhooks.selectById(first.id()).orElseThrow();
        assertThat(stored.events()).isEqualTo("post.published post.deleted");
        assertThat(stored.secret()).isEqualTo("whsec_0123456789abcdef");
        assertThat(jdbc.queryForObject("select events[2] from webhooks where id = ?", String.class, first.id())).isEqualTo("post.deleted");
        assertThat(webhooks.selectById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anUpdateKeepsTheSecretUnlessANewOneIsGiven() {
        WebhookRow hook = webhook("https://a.example.invalid/hook", "post.published");

        assertThat(webhooks.update(hook.id(), "https://b.example.invalid/new", "post.updated post.published", null)).isEqualTo(1);
        WebhookRow kept = webhooks.selectById(hook.id()).orElseThrow();
        assertThat(kept.url()).isEqualTo("https://b.example.invalid/new");
        assertThat(kept.events()).isEqualTo("post.updated post.published");
        assertThat(kept.secret()).isEqualTo("whsec_0123456789abcdef");

        webhooks.update(hook.id(), kept.url(), kept.events(), "whsec_another_secret_1");
        assertThat(webhooks.selectById(hook.id()).orElseThrow().secret()).isEqualTo("whsec_another_secret_1");
    }

    @Test
    void deletingRemovesTheWebhookAndItsDeliveries() {
        WebhookRow hook = webhook("https://a.example.invalid/hook", "post.published");
        jdbc.update("insert into webhook_deliveries (webhook_id, event_id, event_type, payload) values (?, ?, 'post.published', '{}')",
                hook.id(), UUID.randomUUID());

        assertThat(webhooks.deleteById(hook.id())).isEqualTo(1);
        assertThat(webhooks.deleteById(hook.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from webhook_deliveries", Integer.class)).isZero();
    }
}
