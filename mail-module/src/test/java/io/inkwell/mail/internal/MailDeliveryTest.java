package io.inkwell.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.mail.MailTestApplication;
import io.inkwell.mail.test.TestSmtpServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox's delivery through a real SMTP server: once each, again after failures, never lost. */
@SpringBootTest(classes = MailTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class MailDeliveryTest {

    @Autowired
    Outbox outbox;

    @Autowired
    MailDelivery delivery;

    @Autowired
    MailSettings settings;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void givenAnEmptyMailbox() {
        TestSmtpServer.clear();
    }

    @AfterEach
    void theServerIsBackForTheNextTest() {
        if (!TestSmtpServer.get().isRunning()) {
            TestSmtpServer.start();
        }
    }

    private UUID written(String recipient, String subject) {
        return transactions.execute(status -> outbox.write(new OutgoingMail("test", recipient,
                new RenderedMail(subject, "Text of " + subject + "\n", "<p>HTML of " + subject + "</p>"), null)));
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.queryForMap("select status, attempts, last_error, next_attempt_at > now() as later from mail_messages where id = ?", id);
    }

    @Test
    void aWrittenMessageWaitsUntilTheWorkerSendsItThenIsSent() throws Exception {
        UUID id = written("ada@example.com", "Hello");
        assertThat(row(id)).containsEntry("status", "waiting");

        assertThat(delivery.deliverNext()).isTrue();
        assertThat(delivery.deliverNext()).isFalse();

        MimeMessage mail = TestSmtpServer.awaitMailTo("ada@example.com");
        assertThat(mail.getSubject()).isEqualTo("Hello");
        assertThat(TestSmtpServer.text(mail)).isEqualTo("Text of Hello\n");
        assertThat(TestSmtpServer.html(mail)).isEqualTo("<p>HTML of Hello</p>");
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();
        assertThat(row(id)).containsEntry("status", "sent").containsEntry("attempts", 1);
    }

    @Test
    void duringAnOutageMailWaitsWithItsErrorAndIsSentOnceTheServerIsBack() throws Exception {
        TestSmtpServer.stop();
        UUID id = written("ada@example.com", "Through the outage");

        assertThat(delivery.deliverNext()).isTrue();

        assertThat(row(id)).containsEntry("status", "failing").containsEntry("attempts", 1).containsEntry("later", true);
        assertThat((String) row(id).get("last_error")).contains("Couldn't connect to host");
        assertThat(delivery.deliverNext()).as("not due again before its wait is over").isFalse();

        TestSmtpServer.start();
        jdbc.update("update mail_messages set next_attempt_at = now()");
        assertThat(delivery.deliverNext()).isTrue();

        assertThat(TestSmtpServer.awaitMailTo("ada@example.com").getSubject()).isEqualTo("Through the outage");
        assertThat(row(id)).containsEntry("status", "sent").containsEntry("attempts", 2);
        assertThat(row(id).get("last_error")).isNull();
    }

    @Test
    void aMessageThatKeepsFailingIsGivenUpAfterTheLastAttempt() {
        TestSmtpServer.stop();
        UUID id = written("ada@example.com", "Never");
        jdbc.update("update mail_messages set attempts = ? where id = ?", settings.maxAttempts() - 1, id);

        delivery.deliverNext();

        assertThat(row(id)).containsEntry("status", "given_up").containsEntry("attempts", settings.maxAttempts());
        jdbc.update("update mail_messages set next_attempt_at = now() - interval '1 day'");
        assertThat(delivery.deliverNext()).isFalse();
    }

    @Test
    void eachWaitIsTwiceTheLastUpToTheLongest() {
        MailSettings backoff = new MailSettings("", Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofHours(6), 12, true);

        assertThat(List.of(1, 2, 3, 4, 9, 10, 12).stream().map(backoff::retryAfter)).containsExactly(Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(256), Duration.ofHours(6),
                Duration.ofHours(6));
    }

    @Test
    void aRecipientOrSubjectWithALineBreakIsRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> written("ada@example.com\r\nBcc: all@example.com", "Hi")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> written("ada@example.com", "Hi\nBcc: all@example.com")).isInstanceOf(IllegalArgumentException.class);

        assertThat(jdbc.queryForObject("select count(*) from mail_messages", Integer.class)).isZero();
    }

    @Test
    void twoWorkersRacingDeliverEachMessageOnce() throws Exception {
        int count = 30;
        for (int i = 0; i < count; i++) {
            written("reader-" + i + "@example.com", "Message " + i);
        }
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> worker = () -> {
            start.await();
            int sent = 0;
            while (delivery.deliverNext()) {
                sent++;
            }
            return sent;
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>(List.of(two.submit(worker), two.submit(worker)));
            int sent = results.get(0).get() + results.get(1).get();

            assertThat(sent).isEqualTo(count);
        } finally {
            two.shutdownNow();
        }
        TestSmtpServer.get().waitForIncomingEmail(10_000, count);
        assertThat(TestSmtpServer.received()).hasSize(count);
        assertThat(TestSmtpServer.received().stream().map(mail -> {
            try {
                return mail.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from mail_messages where status = 'sent' and attempts = 1", Integer.class))
                .isEqualTo(count);
    }
}
