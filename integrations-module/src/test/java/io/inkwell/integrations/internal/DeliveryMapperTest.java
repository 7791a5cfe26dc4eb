package io.inkwell.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.integrations.DeliveryStatus;
import io.inkwell.integrations.IntegrationsTestApplication;
import io.inkwell.integrations.test.IntegrationRows;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Every statement of {@link DeliveryMapper} on the real tables; writes checked with plain SQL. */
@SpringBootTest(classes = IntegrationsTestApplication.class)
@Transactional
class DeliveryMapperTest {

    @Autowired
    DeliveryMapper deliveries;

    @Autowired
    JdbcTemplate jdbc;

    UUID posts;
    UUID pages;

    @BeforeEach
    void givenTwoWebhooks() {
        jdbc.update("delete from webhooks");
        posts = IntegrationRows.webhook(jdbc, "https://a.example.invalid/hook", "whsec_0123456789abcdef", "post.published", "post.deleted");
        pages = IntegrationRows.webhook(jdbc, "https://b.example.invalid/hook", "whsec_fedcba9876543210", "page.published");
    }

    private String status(UUID id) {
        return jdbc.queryForObject("select status from webhook_deliveries where id = ?", String.class, id);
    }

    @Test
    void anEventIsWrittenOnceForEachSubscribedWebhookHoweverOftenItIsHeard() {
        UUID event = UUID.randomUUID();

        assertThat(deliveries.insertForSubscribers(event, "post.published", "{\"n\":1}")).isEqualTo(1);
        assertThat(deliveries.insertForSubscribers(event, "post.published", "{\"n\":2}")).as("heard again").isZero();
        assertThat(deliveries.insertForSubscribers(UUID.randomUUID(), "post.updated", "{}")).as("nobody subscribed").isZero();

        assertThat(jdbc.queryForList("select webhook_id, payload, status, attempts from webhook_deliveries"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("webhook_id")).isEqualTo(posts);
                    assertThat(row.get("payload")).isEqualTo("{\"n\":1}");
                    assertThat(row.get("status")).isEqualTo("pending");
                    assertThat(row.get("attempts")).isEqualTo(0);
                });
    }

    @Test
    void aRedeliveryCopiesTheEventAndBodyAndIsDueNow() {
        UUID original = IntegrationRows.delivery(jdbc, posts, "post.published", "failed");
        UUID copy = UUID.randomUUID();

        assertThat(deliveries.insertRedelivery(copy, original)).isEqualTo(1);

        DeliveryRow row = deliveries.selectById(copy).orElseThrow();
        DeliveryRow first = deliveries.selectById(original).orElseThrow();
        assertThat(row.redeliveryOf()).isEqualTo(original);
        assertThat(row.eventId()).isEqualTo(first.eventId());
        assertThat(row.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(row.attempts()).isZero();
        assertThat(jdbc.queryForObject("select payload from webhook_deliveries where id = ?", String.class, copy))
                .isEqualTo("{\"type\":\"post.published\"}");
        assertThat(deliveries.insertRedelivery(UUID.randomUUID(), UUID.randomUUID())).isZero();
    }

    @Test
    void theLogIsPagedNewestFirstByWebhook() {
        UUID oldest = IntegrationRows.delivery(jdbc, posts, "post.published", "delivered");
        UUID middle = IntegrationRows.delivery(jdbc, posts, "post.deleted", "failed");
        UUID newest = IntegrationRows.delivery(jdbc, posts, "post.published", "pending");
        IntegrationRows.delivery(jdbc, pages, "page.published", "pending");

        assertThat(deliveries.selectPage(posts, null, 2)).extracting(DeliveryRow::id).containsExactly(newest, middle);
        assertThat(deliveries.selectPage(posts, middle, 2)).extracting(DeliveryRow::id).containsExactly(oldest);
        assertThat(deliveries.selectById(middle)).hasValueSatisfying(row -> assertThat(row.status()).isEqualTo(DeliveryStatus.FAILED));
    }

    @Test
    void dueDeliveriesAreClaimedWithTheirWebhooksAddressAndSecret() {
        UUID due = IntegrationRows.delivery(jdbc, posts, "post.published", "pending");
        UUID later = IntegrationRows.delivery(jdbc, pages, "page.published", "pending");
        jdbc.update("update webhook_deliveries set next_attempt_at = now() + interval '1 hour' where id = ?", later);
        IntegrationRows.delivery(jdbc, posts, "post.deleted", "delivered");

        List<ClaimedDelivery> claimed = deliveries.claimDue(10, 60);

        assertThat(claimed).singleElement().satisfies(delivery -> {
            assertThat(delivery.id()).isEqualTo(due);
            assertThat(delivery.url()).isEqualTo("https://a.example.invalid/hook");
            assertThat(delivery.secret()).isEqualTo("whsec_0123456789abcdef");
            assertThat(delivery.payload()).isEqualTo("{\"type\":\"post.published\"}");
            assertThat(delivery.attempts()).isEqualTo(1);
        });
        assertThat(status(due)).isEqualTo("sending");
        assertThat(jdbc.queryForObject("select next_attempt_at > now() + interval '59 seconds' from webhook_deliveries where id = ?",
                Boolean.class, due)).as("claimed for a minute").isTrue();
        assertThat(deliveries.claimDue(10, 60)).as("a claim is not claimed again").isEmpty();
    }

    @Test
    void aLapsedClaimIsDueAgainAndOnlyTheCurrentClaimRecordsAnOutcome() {
        UUID delivery = IntegrationRows.delivery(jdbc, posts, "post.published", "pending");
        deliveries.claimDue(10, 60);
        jdbc.update("update webhook_deliveries set next_attempt_at = now() - interval '1 second' where id = ?", delivery);

        assertThat(deliveries.claimDue(10, 60)).singleElement().satisfies(again -> assertThat(again.attempts()).isEqualTo(2));

        assertThat(deliveries.recordAttempt(delivery, 1, DeliveryStatus.DELIVERED, null, 200, 12, null))
                .as("the lapsed claim's late answer").isZero();
        assertThat(deliveries.recordAttempt(delivery, 2, DeliveryStatus.DELIVERED, null, 204, 15, null)).isEqualTo(1);
        DeliveryRow row = deliveries.selectById(delivery).orElseThrow();
        assertThat(row.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(row.responseCode()).isEqualTo(204);
        assertThat(row.durationMs()).isEqualTo(15);
        assertThat(row.nextAttemptAt()).isNull();
        assertThat(row.lastAttemptAt()).isNotNull();
    }

    @Test
    void aFailedAttemptWaitsForItsRetry() {
        UUID delivery = IntegrationRows.delivery(jdbc, posts, "post.published", "pending");
        deliveries.claimDue(10, 60);
        Instant retryAt = Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);

        deliveries.recordAttempt(delivery, 1, DeliveryStatus.PENDING, retryAt, 500, 40, "The receiver answered 500");

        DeliveryRow row = deliveries.selectById(delivery).orElseThrow();
        assertThat(row.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(row.nextAttemptAt()).isEqualTo(retryAt);
        assertThat(row.error()).isEqualTo("The receiver answered 500");
        assertThat(deliveries.claimDue(10, 60)).as("not due before its retry").isEmpty();
    }

    @Test
    void finishedDeliveriesOlderThanTheLogKeepsAreForgotten() {
        UUID oldDelivered = IntegrationRows.delivery(jdbc, posts, "post.published", "delivered");
        UUID oldPending = IntegrationRows.delivery(jdbc, posts, "post.published", "pending");
        UUID recentFailed = IntegrationRows.delivery(jdbc, posts, "post.published", "failed");
        jdbc.update("update webhook_deliveries set created_at = now() - interval '40 days' where id in (?, ?)", oldDelivered, oldPending);

        assertThat(deliveries.deleteFinishedBefore(Instant.now().minus(30, ChronoUnit.DAYS), 100)).isEqualTo(1);

        assertThat(jdbc.queryForList("select id from webhook_deliveries", UUID.class)).containsExactlyInAnyOrder(oldPending, recentFailed);
        assertThat(jdbc.queryForObject("select created_at from webhook_deliveries where id = ?", Timestamp.class, recentFailed)).isNotNull();
    }
}
