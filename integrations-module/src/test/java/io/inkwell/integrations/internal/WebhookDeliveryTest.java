package io.inkwell.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.integrations.DeliveryStatus;
import io.inkwell.integrations.IntegrationsTestApplication;
import io.inkwell.integrations.test.IntegrationRows;
import io.inkwell.integrations.test.WebhookReceiver;
import io.inkwell.integrations.test.WebhookReceiver.Received;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deliveries sent by the worker to a real HTTP receiver in this JVM, on 127.0.0.1: private addresses are allowed
 * for these workers, as INKWELL_WEBHOOKS_ALLOW_PRIVATE allows them for tests and intranets. Retries wait nothing
 * here (the first retry's wait is zero), so each round of the worker is one more attempt.
 */
@SpringBootTest(classes = IntegrationsTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class WebhookDeliveryTest {

    private static final String SECRET = "whsec_test_secret_0123456789";

    @Autowired
    DeliveryMapper deliveries;

    @Autowired
    JdbcTemplate jdbc;

    WebhookReceiver receiver;
    final List<DeliveryWorker> workers = new ArrayList<>();

    @BeforeEach
    void startTheReceiver() throws Exception {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (DeliveryWorker worker : workers) {
            worker.destroy();
        }
        receiver.close();
    }

    private DeliveryWorker worker(int maxAttempts, Duration timeout) {
        WebhookSettings settings = new WebhookSettings(true, timeout, Duration.ofSeconds(2), maxAttempts, Duration.ZERO, Duration.ofDays(30));
        DeliveryWorker worker = new DeliveryWorker(deliveries, settings, new WebhookSender(true, timeout), Clock.systemUTC());
        workers.add(worker);
        return worker;
    }

    private DeliveryWorker worker() {
        return worker(3, Duration.ofSeconds(5));
    }

    private UUID webhook() {
        return IntegrationRows.webhook(jdbc, receiver.url("/hooks/inkwell"), SECRET, "post.published");
    }

    private Map<String, Object> row(UUID delivery) {
        return jdbc.queryForMap("select status, attempts, response_code, duration_ms, error, next_attempt_at from webhook_deliveries where id = ?",
                delivery);
    }

    @Test
    void aDeliveryIsASignedJsonPostOfItsBody() {
        UUID delivery = IntegrationRows.delivery(jdbc, webhook(), "post.published", "pending");
        long before = Instant.now().getEpochSecond();

        assertThat(worker().deliverDue()).isEqualTo(1);

        assertThat(receiver.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/hooks/inkwell");
            assertThat(request.header("Content-Type")).startsWith("application/json");
            assertThat(request.header("Inkwell-Event")).isEqualTo("post.published");
            assertThat(request.header("Inkwell-Delivery")).isEqualTo(delivery.toString());
            assertThat(request.header("User-Agent")).isEqualTo("Inkwell-Webhooks/1");
            assertThat(request.body()).isEqualTo("{\"type\":\"post.published\"}");
            assertThat(request.signedWith(SECRET)).isTrue();
            assertThat(request.signedWith("whsec_some_other_secret")).isFalse();
            assertThat(request.signedAt()).isBetween(before, Instant.now().getEpochSecond());
        });
        assertThat(row(delivery)).containsEntry("status", "delivered").containsEntry("attempts", 1).containsEntry("response_code", 200)
                .containsEntry("next_attempt_at", null);
        assertThat(worker().deliverDue()).as("nothing is due any more").isZero();
        assertThat(receiver.requests()).hasSize(1);
    }

    @Test
    void aFailureIsTriedAgainUntilTheReceiverTakesIt() {
        receiver.answer(500, 503);
        UUID delivery = IntegrationRows.delivery(jdbc, webhook(), "post.published", "pending");
        DeliveryWorker worker = worker();

        worker.deliverDue();
        assertThat(row(delivery)).containsEntry("status", "pending").containsEntry("response_code", 500)
                .containsEntry("error", "The receiver answered 500");
        worker.deliverDue();
        assertThat(row(delivery)).containsEntry("status", "pending").containsEntry("attempts", 2).containsEntry("response_code", 503);
        worker.deliverDue();

        assertThat(row(delivery)).containsEntry("status", "delivered").containsEntry("attempts", 3).containsEntry("response_code", 200)
                .containsEntry("error", null);
        assertThat(receiver.requests()).hasSize(3).extracting(Received::body).containsOnly("{\"type\":\"post.published\"}");
        assertThat(receiver.requests()).allSatisfy(request -> assertThat(request.signedWith(SECRET)).isTrue());
    }

    @Test
    void afterTheLastAttemptTheDeliveryHasFailedForGood() {
        receiver.answer(500, 500, 500);
        UUID delivery = IntegrationRows.delivery(jdbc, webhook(), "post.published", "pending");
        DeliveryWorker worker = worker();

        for (int round = 0; round < 5; round++) {
            worker.deliverDue();
        }

        assertThat(row(delivery)).containsEntry("status", "failed").containsEntry("attempts", 3).containsEntry("next_attempt_at", null);
        assertThat(receiver.requests()).hasSize(3);
    }

    @Test
    void aRedirectIsAFailureAndIsNotFollowed() {
        receiver.answer(302);
        UUID delivery = IntegrationRows.delivery(jdbc, webhook(), "post.published", "pending");

        worker().deliverDue();

        assertThat(row(delivery)).containsEntry("status", "pending").containsEntry("response_code", 302);
        assertThat((String) row(delivery).get("error")).contains("redirects are not followed").contains("/elsewhere");
        assertThat(receiver.requests()).extracting(Received::path).containsExactly("/hooks/inkwell");
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsCutOff() {
        receiver.delay(3_000);
        UUID delivery = IntegrationRows.delivery(jdbc, webhook(), "post.published", "pending");

        worker(3, Duration.ofMillis(500)).deliverDue();

        assertThat(row(delivery)).containsEntry("status", "pending").containsEntry("response_code", null);
        assertThat((String) row(delivery).get("error")).startsWith("No complete answer within 0.5 s");
    }

    @Test
    void anAddressNobodyListensOnIsAFailureToConnect() throws Exception {
        String closed = receiver.url("/gone");
        receiver.close();
        UUID hook = IntegrationRows.webhook(jdbc, closed, SECRET, "post.published");
        UUID delivery = IntegrationRows.delivery(jdbc, hook, "post.published", "pending");
        receiver = WebhookReceiver.start();

        worker().deliverDue();

        assertThat(row(delivery)).containsEntry("status", "pending").containsEntry("response_code", null);
        assertThat((String) row(delivery).get("error")).startsWith("Could not connect");
    }

    @Test
    void twoWorkersRacingSendEachDeliveryOnce() throws Exception {
        UUID hook = webhook();
        List<UUID> sent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sent.add(IntegrationRows.delivery(jdbc, hook, "post.published", "pending"));
        }
        DeliveryWorker first = worker();
        DeliveryWorker second = worker();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (DeliveryWorker worker : List.of(first, second)) {
                rounds.add(both.submit(() -> {
                    start.await();
                    // Each takes what the other has not claimed, until nothing is left to send: how the rows
                    // split between them depends on timing, that none is sent twice does not.
                    int attempted = 0;
                    for (int round = 0; round < 200 && unfinished() > 0; round++) {
                        attempted += worker.deliverDue();
                    }
                    return attempted;
                }));
            }
            assertThat(rounds.get(0).get() + rounds.get(1).get()).isEqualTo(40);
        } finally {
            both.shutdownNow();
        }

        Map<String, Long> received = receiver.requests().stream()
                .collect(Collectors.groupingBy(request -> request.header("Inkwell-Delivery"), Collectors.counting()));
        assertThat(received).hasSize(40).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
        assertThat(jdbc.queryForObject("select count(*) from webhook_deliveries where status = 'delivered' and attempts = 1", Integer.class))
                .isEqualTo(40);
    }

    @Test
    void withoutPermissionForPrivateAddressesNothingIsSentToThisMachine() {
        UUID byAddress = IntegrationRows.delivery(jdbc, webhook(), "post.published", "pending");
        UUID byName = IntegrationRows.delivery(jdbc, IntegrationRows.webhook(jdbc,
                receiver.url("/hooks").replace("127.0.0.1", "localhost"), SECRET, "post.published"), "post.published", "pending");
        WebhookSettings production = new WebhookSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(2), 3, Duration.ZERO,
                Duration.ofDays(30));
        DeliveryWorker worker = new DeliveryWorker(deliveries, production, new WebhookSender(false, Duration.ofSeconds(5)), Clock.systemUTC());
        workers.add(worker);

        assertThat(worker.deliverDue()).isEqualTo(2);

        assertThat(receiver.requests()).isEmpty();
        assertThat((String) row(byAddress).get("error")).startsWith("Refused: 127.0.0.1 resolves to 127.0.0.1");
        assertThat((String) row(byName).get("error")).startsWith("Refused: localhost resolves to");
        assertThat(row(byName)).containsEntry("status", "pending").containsEntry("response_code", null);
    }

    @Test
    void oldFinishedDeliveriesAreForgotten() {
        UUID hook = webhook();
        UUID old = IntegrationRows.delivery(jdbc, hook, "post.published", "delivered");
        UUID recent = IntegrationRows.delivery(jdbc, hook, "post.published", "delivered");
        jdbc.update("update webhook_deliveries set created_at = now() - interval '31 days' where id = ?", old);

        assertThat(worker().forgetOldDeliveries()).isEqualTo(1);

        assertThat(jdbc.queryForList("select id from webhook_deliveries", UUID.class)).containsExactly(recent);
        assertThat(DeliveryStatus.valueOf(((String) row(recent).get("status")).toUpperCase())).isEqualTo(DeliveryStatus.DELIVERED);
    }

    private int unfinished() {
        return jdbc.queryForObject("select count(*) from webhook_deliveries where status in ('pending', 'sending')",
                Integer.class);
    }
}
