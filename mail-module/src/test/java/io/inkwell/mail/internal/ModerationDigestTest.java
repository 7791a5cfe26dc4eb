package io.inkwell.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.CommentHeld;
import io.inkwell.comments.CommentModeration;
import io.inkwell.comments.HoldReason;
import io.inkwell.comments.ModerationAction;
import io.inkwell.comments.test.CommentRows;
import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.mail.MailTestApplication;
import io.inkwell.mail.NotificationChoices;
import io.inkwell.mail.Notifications;
import io.inkwell.mail.test.TestSmtpServer;
import io.inkwell.posts.test.PostRows;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The moderators' digest: the comments context's {@link CommentHeld}, published in a transaction as it publishes
 * it, noted by the listener after the commit; the worker's round ({@link ModerationDigest#mailDueDigests()}) makes
 * the mails, read from the SMTP server.
 */
@SpringBootTest(classes = MailTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class ModerationDigestTest {

    @Autowired
    ModerationDigest digest;

    @Autowired
    Notifications notifications;

    @Autowired
    CommentModeration moderation;

    @Autowired
    MailDelivery delivery;

    @Autowired
    SiteSettings site;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    Actor eve;
    Actor root;
    UUID ada;
    UUID bob;
    UUID post;

    @BeforeEach
    void givenTwoModeratorsAndAPostWithAReader() {
        site.reload();
        TestSmtpServer.clear();
        eve = new Actor(UserRows.withEmail(jdbc, "Eve", "eve@example.com", Role.EDITOR), Role.EDITOR);
        root = new Actor(UserRows.withEmail(jdbc, "Root", "root@example.com", Role.ADMIN), Role.ADMIN);
        ada = UserRows.withEmail(jdbc, "Ada", "ada@example.com", Role.USER);
        bob = UserRows.withEmail(jdbc, "Bob", "bob@example.com", Role.GUEST);
        post = PostRows.published(jdbc, ada, "On engines", "on-engines", Instant.now());
        CommentRows.openThread(jdbc, post);
    }

    /** A comment held as the comments context holds one: the row and its event in one transaction. */
    private UUID held(String text, HoldReason reason) {
        return new TransactionTemplate(transactions).execute(status -> {
            UUID id = CommentRows.withheld(jdbc, post, bob, null, text, "held", reason.name().toLowerCase());
            events.publishEvent(new CommentHeld(id, post, reason, Instant.now()));
            return id;
        });
    }

    private void sweepAndDeliver() {
        digest.mailDueDigests();
        while (delivery.deliverNext()) {
            // Sends every due message.
        }
    }

    private void quarterHourLater() {
        jdbc.update("update moderation_digests set last_mailed_at = last_mailed_at - interval '15 minutes'");
    }

    @Test
    void aHeldCommentIsMailedToEachModeratorWithItsPostAuthorTextAndRuleNotToAuthors() throws Exception {
        held("Buy cheap watches at http://spam.example", HoldReason.LINKS);
        sweepAndDeliver();

        for (String moderator : List.of("eve@example.com", "root@example.com")) {
            MimeMessage mail = TestSmtpServer.awaitMailTo(moderator);
            assertThat(mail.getSubject()).isEqualTo("A comment waits for moderation at Inkwell");
            assertThat(TestSmtpServer.text(mail)).contains("This comment waits for a moderator:")
                    .contains("Bob on “On engines”, held because it has more links than the site allows:")
                    .contains("Buy cheap watches").contains("Open the moderation queue: https://blog.example/admin/comments");
            assertThat(TestSmtpServer.html(mail)).contains("<strong>Bob</strong> on “On engines”")
                    .contains("href=\"https://blog.example/admin/comments\"");
            String unsubscribe = TestSmtpServer.link(mail, "/unsubscribe/");
            assertThat(unsubscribe).endsWith("/held-comments");
            assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<" + unsubscribe + ">");
        }
        assertThat(TestSmtpServer.mailTo("ada@example.com")).as("the post's author").isEmpty();
        assertThat(TestSmtpServer.mailTo("bob@example.com")).as("the comment's author").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from moderation_digest_items", Integer.class)).isZero();
    }

    @Test
    void aCommentHeldWithinTheQuarterHourWaitsForTheNextDigest() throws Exception {
        held("First", HoldReason.FIRST_COMMENT);
        sweepAndDeliver();
        held("Second", HoldReason.BLOCKED_WORD);
        held("Third", HoldReason.ALL_HELD);
        sweepAndDeliver();

        assertThat(TestSmtpServer.mailTo("eve@example.com")).as("still within the quarter hour").hasSize(1);

        quarterHourLater();
        sweepAndDeliver();

        List<MimeMessage> mails = TestSmtpServer.awaitMailsTo("eve@example.com", 2);
        assertThat(mails.get(1).getSubject()).isEqualTo("2 comments wait for moderation at Inkwell");
        assertThat(TestSmtpServer.text(mails.get(1))).contains("These 2 comments wait for a moderator:")
                .contains("Second").contains("it contains a blocked word").contains("Third").doesNotContain("First");
        assertThat(TestSmtpServer.mailTo("root@example.com")).hasSize(2);
    }

    @Test
    void aCommentApprovedBeforeTheDigestGoesOutIsLeftOutAndNoneLeftMeansNoMail() throws Exception {
        held("Opened early", HoldReason.FIRST_COMMENT);
        sweepAndDeliver();
        UUID approvedSoon = held("Approved soon", HoldReason.LINKS);
        held("Still waiting", HoldReason.LINKS);
        moderation.moderate(eve, ModerationAction.APPROVE, List.of(approvedSoon), null);

        quarterHourLater();
        sweepAndDeliver();
        String second = TestSmtpServer.text(TestSmtpServer.awaitMailsTo("eve@example.com", 2).get(1));
        assertThat(second).contains("Still waiting").doesNotContain("Approved soon");

        UUID spammed = held("Spammed soon", HoldReason.LINKS);
        moderation.moderate(eve, ModerationAction.SPAM, List.of(spammed), null);
        quarterHourLater();
        sweepAndDeliver();

        assertThat(digestsTo("eve@example.com")).as("nothing still waits: no mail").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from moderation_digest_items", Integer.class)).isZero();
    }

    @Test
    void aModeratorWhoTurnedTheDigestOffGetsNoneAndIsNotNoted() {
        notifications.choose(eve, new NotificationChoices(true, true, true, false));

        held("Unheard by Eve", HoldReason.LINKS);
        sweepAndDeliver();

        assertThat(TestSmtpServer.awaitMailTo("root@example.com")).isNotNull();
        assertThat(TestSmtpServer.mailTo("eve@example.com")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from moderation_digest_items where user_id = ?", Integer.class,
                eve.userId())).isZero();
    }

    @Test
    void aModeratorWhoLeftTheStaffOrTurnedItOffMeanwhileGetsNothingOfWhatWasNoted() {
        held("Noted for both", HoldReason.LINKS);
        jdbc.update("update users set role = 'user' where id = ?", root.userId());
        notifications.choose(eve, new NotificationChoices(true, true, true, false));
        sweepAndDeliver();

        assertThat(TestSmtpServer.received()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from moderation_digest_items", Integer.class)).isZero();
    }

    @Test
    void twoWorkersRacingSendEachModeratorOneDigest() throws Exception {
        for (int i = 0; i < 5; i++) {
            held("Held " + i, HoldReason.LINKS);
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> rounds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                rounds.add(two.submit(() -> {
                    start.await();
                    digest.mailDueDigests();
                    return null;
                }));
            }
            for (Future<?> round : rounds) {
                round.get();
            }
        } finally {
            two.shutdownNow();
        }
        sweepAndDeliver();

        assertThat(TestSmtpServer.mailTo("eve@example.com")).hasSize(1);
        assertThat(TestSmtpServer.mailTo("root@example.com")).hasSize(1);
        assertThat(TestSmtpServer.text(TestSmtpServer.awaitMailTo("eve@example.com"))).contains("These 5 comments wait");
    }

    private long digestsTo(String address) {
        return TestSmtpServer.mailTo(address).stream().filter(mail -> {
            try {
                return mail.getSubject().contains("moderation");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
