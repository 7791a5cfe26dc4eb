package io.inkwell.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.mail.MailTestApplication;
import io.inkwell.mail.test.TestSmtpServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The background worker as the application runs it: a written message goes out without anyone asking. */
@SpringBootTest(classes = MailTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class MailDeliveryWorkerTest {

    @Autowired
    Outbox outbox;

    @Autowired
    MailDelivery delivery;

    @Autowired
    NotificationDigest digest;

    @Autowired
    ModerationDigest moderation;

    @Autowired
    MailMessageMapper messages;

    @Autowired
    DeliverySignal signal;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMessageWrittenWhileTheWorkerRunsIsSentWithoutBeingAskedFor() throws Exception {
        TestSmtpServer.clear();
        MailDeliveryWorker worker = new MailDeliveryWorker(delivery, digest, moderation, messages,
                new MailSettings("", Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofHours(6), 12, true), signal);
        worker.start();
        try {
            assertThat(worker.isRunning()).isTrue();
            transactions.executeWithoutResult(status -> outbox.write(new OutgoingMail("test", "ada@example.com",
                    new RenderedMail("By itself", "Text\n", "<p>Text</p>"), null)));

            assertThat(TestSmtpServer.awaitMailTo("ada@example.com").getSubject()).isEqualTo("By itself");
        } finally {
            worker.stop();
        }
        assertThat(worker.isRunning()).isFalse();
        assertThat(jdbc.queryForObject("select status from mail_messages", String.class)).isEqualTo("sent");
    }

    @Test
    void aDisabledWorkerSendsNothing() {
        MailDeliveryWorker worker = new MailDeliveryWorker(delivery, digest, moderation, messages,
                new MailSettings("", Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofHours(6), 12, false), signal);

        worker.start();

        assertThat(worker.isRunning()).isFalse();
    }
}
