package io.inkwell.integrations.internal;

import static io.inkwell.integrations.IntegrationLimits.KEY_NAME_MAX;
import static io.inkwell.integrations.IntegrationLimits.ORIGINS_PER_KEY_MAX;
import static io.inkwell.integrations.IntegrationLimits.WEBHOOK_SECRET_MAX;
import static io.inkwell.integrations.IntegrationLimits.WEBHOOK_SECRET_MIN;
import static io.inkwell.integrations.IntegrationLimits.WEBHOOK_URL_MAX;
import static io.inkwell.integrations.IntegrationLimits.DELIVERY_ERROR_MAX;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.integrations.IntegrationsTestApplication;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema's CHECK constraints hold the numbers of {@link io.inkwell.integrations.IntegrationLimits} and the
 * shapes of keys, origins, addresses and statuses: what the rule allows is stored, one more is refused by the
 * database itself. Each statement commits on its own (a refused one would end a shared transaction); the tables
 * are emptied after each test.
 */
@SpringBootTest(classes = IntegrationsTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class SchemaLimitsTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        jdbc.update("delete from api_keys");
        jdbc.update("delete from webhooks");
    }

    private void key(String name, String prefix, String hash, String origins) {
        jdbc.update("insert into api_keys (name, key_prefix, key_hash, allowed_origins) values (?, ?, ?, string_to_array(?, ' '))",
                name, prefix, hash, origins);
    }

    private UUID webhook(String url, String events, String secret) {
        return jdbc.queryForObject("insert into webhooks (url, events, secret) values (?, string_to_array(?, ' '), ?) returning id",
                UUID.class, url, events, secret);
    }

    private static String origins(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append("https://site-").append(i).append(".example");
        }
        return text.toString();
    }

    @Test
    void aKeysNameTakesTheLimitAndRefusesOneCharacterMore() {
        assertThatCode(() -> key("x".repeat(KEY_NAME_MAX), "ink_abcdefgh", "a".repeat(64), "")).doesNotThrowAnyException();
        assertThatThrownBy(() -> key("x".repeat(KEY_NAME_MAX + 1), "ink_abcdefgh", "b".repeat(64), ""))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("api_keys_name_length_ck");
    }

    @Test
    void aKeyIsStoredOnlyAsADigestWithAShortPrefix() {
        assertThatThrownBy(() -> key("K", "ink_abcdefgh", "ink_the_whole_key_text", "")).hasMessageContaining("api_keys_key_hash_ck");
        assertThatThrownBy(() -> key("K", "ink_abcdefghijklmnop", "a".repeat(64), "")).hasMessageContaining("api_keys_key_prefix_ck");
        key("K", "ink_abcdefgh", "a".repeat(64), "");
        assertThatThrownBy(() -> key("L", "ink_abcdefgh", "a".repeat(64), "")).hasMessageContaining("api_keys_key_hash_uk");
    }

    @Test
    void aKeyTakesTwentyOriginsOfTheirShapeAndNoMore() {
        assertThatCode(() -> key("K", "ink_abcdefgh", "a".repeat(64), origins(ORIGINS_PER_KEY_MAX))).doesNotThrowAnyException();
        assertThatThrownBy(() -> key("L", "ink_abcdefgh", "b".repeat(64), origins(ORIGINS_PER_KEY_MAX + 1)))
                .hasMessageContaining("api_keys_origins_ck");
        assertThatThrownBy(() -> key("M", "ink_abcdefgh", "c".repeat(64), "https://a.example/path")).hasMessageContaining("api_keys_origins_ck");
        assertThatThrownBy(() -> key("N", "ink_abcdefgh", "d".repeat(64), "*")).hasMessageContaining("api_keys_origins_ck");
        assertThatCode(() -> key("O", "ink_abcdefgh", "e".repeat(64), "http://localhost:3000 http://[::1]:8080")).doesNotThrowAnyException();
    }

    @Test
    void aWebhookAddressTakesTheLimitAndRefusesOneCharacterMore() {
        String base = "https://hooks.example/";
        assertThatCode(() -> webhook(base + "x".repeat(WEBHOOK_URL_MAX - base.length()), "post.published", "s".repeat(16)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> webhook(base + "x".repeat(WEBHOOK_URL_MAX - base.length() + 1), "post.published", "s".repeat(16)))
                .hasMessageContaining("webhooks_url_ck");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example/", "https://user:pw@hooks.example/", "https://token@hooks.example/",
        "javascript:alert(1)", "https://hooks.example/a b", "/relative"})
    void aWebhookAddressIsHttpOrHttpsWithoutCredentials(String url) {
        assertThatThrownBy(() -> webhook(url, "post.published", "s".repeat(16))).hasMessageContaining("webhooks_url_ck");
    }

    @Test
    void aWebhookHasEventsAndASecretOfItsLengths() {
        assertThatThrownBy(() -> webhook("https://hooks.example/", "", "s".repeat(16))).hasMessageContaining("webhooks_events_ck");
        assertThatThrownBy(() -> webhook("https://hooks.example/", "Post Published", "s".repeat(16))).hasMessageContaining("webhooks_events_ck");
        assertThatCode(() -> webhook("https://hooks.example/", "post.published", "s".repeat(WEBHOOK_SECRET_MAX))).doesNotThrowAnyException();
        assertThatThrownBy(() -> webhook("https://hooks.example/", "post.published", "s".repeat(WEBHOOK_SECRET_MIN - 1)))
                .hasMessageContaining("webhooks_secret_ck");
        assertThatThrownBy(() -> webhook("https://hooks.example/", "post.published", "s".repeat(WEBHOOK_SECRET_MAX + 1)))
                .hasMessageContaining("webhooks_secret_ck");
    }

    @Test
    void aDeliveryIsDueExactlyWhileItWaitsAndItsErrorIsShort() {
        UUID hook = webhook("https://hooks.example/", "post.published", "s".repeat(16));
        String insert = "insert into webhook_deliveries (webhook_id, event_id, event_type, payload, status, next_attempt_at, error) "
                + "values (?, gen_random_uuid(), 'post.published', '{}', ?, case when ? then now() end, ?)";
        assertThatThrownBy(() -> jdbc.update(insert, hook, "delivered", true, null)).hasMessageContaining("webhook_deliveries_due_ck");
        assertThatThrownBy(() -> jdbc.update(insert, hook, "pending", false, null)).hasMessageContaining("webhook_deliveries_due_ck");
        assertThatThrownBy(() -> jdbc.update(insert, hook, "lost", false, null)).hasMessageContaining("webhook_deliveries_status_ck");
        assertThatCode(() -> jdbc.update(insert, hook, "failed", false, "e".repeat(DELIVERY_ERROR_MAX))).doesNotThrowAnyException();
        assertThatThrownBy(() -> jdbc.update(insert, hook, "failed", false, "e".repeat(DELIVERY_ERROR_MAX + 1)))
                .hasMessageContaining("webhook_deliveries_error_ck");
    }
}
