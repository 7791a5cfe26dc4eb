package io.inkwell.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.PageRequest;
import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.mail.MailAdministration;
import io.inkwell.mail.MailListItem;
import io.inkwell.mail.MailNotFoundException;
import io.inkwell.mail.MailStatus;
import io.inkwell.mail.MailTestApplication;
import io.inkwell.mail.test.TestSmtpServer;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = MailTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class MailAdministrationServiceTest {

    static final Actor ADMIN = new Actor(UUID.randomUUID(), Role.ADMIN);

    @Autowired
    MailAdministration administration;

    @Autowired
    Outbox outbox;

    @Autowired
    MailDelivery delivery;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void givenAnEmptyMailbox() {
        TestSmtpServer.clear();
    }

    private UUID written(String subject) {
        return transactions.execute(status -> outbox.write(new OutgoingMail("test", "ada@example.com",
                new RenderedMail(subject, "Open https://blog.example/x\n", "<p>x</p>"), "https://blog.example/unsubscribe/t/replies")));
    }

    @Test
    void adminsSeeEveryMessageNewestFirstWithItsStatusAndText() {
        UUID older = written("Older");
        UUID newer = written("Newer");
        jdbc.update("update mail_messages set status = 'failing', attempts = 2, last_error = 'Connection refused' where id = ?", older);

        assertThat(administration.messages(ADMIN, new PageRequest(1, 20)).items()).extracting(MailListItem::subject, MailListItem::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Newer", MailStatus.WAITING),
                        org.assertj.core.groups.Tuple.tuple("Older", MailStatus.FAILING));
        assertThat(administration.message(ADMIN, older)).hasValueSatisfying(view -> {
            assertThat(view.textBody()).isEqualTo("Open https://blog.example/x\n");
            assertThat(view.summary().lastError()).isEqualTo("Connection refused");
            assertThat(view.listUnsubscribe()).isEqualTo("https://blog.example/unsubscribe/t/replies");
        });
        assertThat(administration.unsent(ADMIN)).isEqualTo(2);
        assertThat(administration.message(ADMIN, UUID.randomUUID())).isEmpty();
        assertThat(newer).isNotNull();
    }

    @Test
    void retrySendsAGivenUpMessageAgainNowButNotASentOne() {
        UUID given = written("Given up");
        jdbc.update("update mail_messages set status = 'given_up', attempts = 12, next_attempt_at = now() + interval '1 day'");

        administration.retry(ADMIN, given);
        assertThat(delivery.deliverNext()).isTrue();

        assertThat(TestSmtpServer.awaitMailTo("ada@example.com")).isNotNull();
        assertThat(administration.message(ADMIN, given).orElseThrow().summary().status()).isEqualTo(MailStatus.SENT);
        assertThatThrownBy(() -> administration.retry(ADMIN, given)).isInstanceOf(MailNotFoundException.class);
        assertThatThrownBy(() -> administration.retry(ADMIN, UUID.randomUUID())).isInstanceOf(MailNotFoundException.class);
    }

    @Test
    void onlyAdminsReadTheOutgoingMail() {
        Actor author = new Actor(UUID.randomUUID(), Role.USER);

        assertThatThrownBy(() -> administration.messages(author, new PageRequest(1, 20))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> administration.message(author, UUID.randomUUID())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> administration.retry(author, UUID.randomUUID())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> administration.unsent(author)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void theTestServerIsAConfiguredSmtpServer() {
        assertThat(administration.smtpConfigured()).isTrue();
    }
}
