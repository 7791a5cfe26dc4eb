package io.inkwell.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.test.CommentRows;
import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.mail.MailTestApplication;
import io.inkwell.mail.NotificationChoices;
import io.inkwell.mail.NotificationKind;
import io.inkwell.mail.Notifications;
import io.inkwell.mail.test.TestSmtpServer;
import io.inkwell.posts.test.PostRows;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notifications as the comments context's events cause them: a real comment is added, the listener reacts
 * after it commits, and the mail is read from the SMTP server.
 */
@SpringBootTest(classes = MailTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class NotificationsTest {

    @Autowired
    CommentCommands comments;

    @Autowired
    Notifications notifications;

    @Autowired
    MailDelivery delivery;

    @Autowired
    NotificationDigest digest;

    @Autowired
    SiteSettings site;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;
    Actor bob;
    Actor cleo;
    UUID post;

    @BeforeEach
    void givenAdasPostAndTwoReaders() {
        site.reload();
        TestSmtpServer.clear();
        ada = new Actor(UserRows.withEmail(jdbc, "Ada", "ada@example.com", Role.USER), Role.USER);
        bob = new Actor(UserRows.withEmail(jdbc, "Bob", "bob@example.com", Role.GUEST), Role.GUEST);
        cleo = new Actor(UserRows.withEmail(jdbc, "Cleo", "cleo@example.com", Role.GUEST), Role.GUEST);
        post = PostRows.published(jdbc, ada.userId(), "On engines", "on-engines", Instant.now());
        CommentRows.openThread(jdbc, post);
    }

    private void deliverAll() {
        while (delivery.deliverNext()) {
            // Sends every due message.
        }
    }

    private int mailsTo(String address) {
        deliverAll();
        return TestSmtpServer.mailTo(address).size();
    }

    @Test
    void aCommentOnAPostMailsItsAuthorWithALinkAndOneClickUnsubscribe() throws Exception {
        UUID comment = comments.add(bob, new AddComment(post, null, "What a post.")).id();
        deliverAll();

        MimeMessage mail = TestSmtpServer.awaitMailTo("ada@example.com");
        assertThat(mail.getSubject()).isEqualTo("New comments on “On engines”");
        assertThat(TestSmtpServer.text(mail)).contains("Bob commented:").contains("What a post.")
                .contains("https://blog.example/posts/on-engines#comment-" + comment);
        String unsubscribe = TestSmtpServer.link(mail, "/unsubscribe/");
        assertThat(unsubscribe).endsWith("/comments-on-posts");
        assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<" + unsubscribe + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(TestSmtpServer.mailTo("bob@example.com")).isEmpty();
    }

    @Test
    void aReplyMailsTheCommentsAuthorOnceEvenWhenTheyWroteThePost() throws Exception {
        UUID question = comments.add(ada, new AddComment(post, null, "Any questions?")).id();
        comments.add(bob, new AddComment(post, question, "Yes, one.")).id();
        deliverAll();

        MimeMessage mail = TestSmtpServer.awaitMailTo("ada@example.com");
        assertThat(TestSmtpServer.mailTo("ada@example.com")).hasSize(1);
        assertThat(mail.getSubject()).isEqualTo("New replies to your comment on “On engines”");
        assertThat(TestSmtpServer.text(mail)).contains("Bob replied to your comment:");
        assertThat(TestSmtpServer.link(mail, "/unsubscribe/")).endsWith("/replies");
    }

    @Test
    void nobodyIsToldOfTheirOwnComment() {
        comments.add(ada, new AddComment(post, null, "A note of my own.")).id();

        assertThat(mailsTo("ada@example.com")).isZero();
    }

    @Test
    void commentsWithinAQuarterHourWaitAndGoOutTogetherInOneMail() throws Exception {
        comments.add(bob, new AddComment(post, null, "First!")).id();
        comments.add(cleo, new AddComment(post, null, "Second.")).id();
        comments.add(bob, new AddComment(post, null, "Third.")).id();
        assertThat(mailsTo("ada@example.com")).isEqualTo(1);

        digest.mailDueThreads();
        assertThat(mailsTo("ada@example.com")).as("still within the quarter hour").isEqualTo(1);

        jdbc.update("update notification_threads set last_mailed_at = now() - interval '15 minutes'");
        digest.mailDueThreads();
        deliverAll();

        assertThat(TestSmtpServer.mailTo("ada@example.com")).hasSize(2);
        String digestText = TestSmtpServer.text(TestSmtpServer.awaitMailTo("ada@example.com"));
        assertThat(digestText).contains("Cleo commented:").contains("Second.").contains("Bob commented:").contains("Third.")
                .doesNotContain("First!");
        assertThat(jdbc.queryForObject("select count(*) from notification_items", Integer.class)).isZero();
    }

    @Test
    void theUnsubscribeLinkTurnsItsKindOffAndTheAccountsChoicesAreKept() throws Exception {
        comments.add(bob, new AddComment(post, null, "First!")).id();
        deliverAll();
        String link = TestSmtpServer.link(TestSmtpServer.awaitMailTo("ada@example.com"), "/unsubscribe/");
        String token = link.split("/")[4];

        assertThat(notifications.isUnsubscribeToken(token)).isTrue();
        assertThat(notifications.unsubscribe(token, NotificationKind.COMMENTS_ON_POSTS)).isTrue();
        assertThat(notifications.choices(ada.userId())).isEqualTo(new NotificationChoices(true, false, true, true));

        jdbc.update("update notification_threads set last_mailed_at = now() - interval '1 hour'");
        comments.add(cleo, new AddComment(post, null, "Nobody tells Ada.")).id();
        assertThat(mailsTo("ada@example.com")).isEqualTo(1);
        assertThat(notifications.unsubscribe("x".repeat(43), NotificationKind.REPLIES)).isFalse();
        assertThat(notifications.isUnsubscribeToken("not a token")).isFalse();
    }

    @Test
    void choicesAreEveryKindUntilChangedAndAnUnconfirmedAddressGetsNothing() {
        assertThat(notifications.choices(ada.userId())).isEqualTo(NotificationChoices.all());
        notifications.choose(ada, new NotificationChoices(false, true, false, false));
        assertThat(notifications.choices(ada.userId())).as("an author cannot change the staff's kinds, which are not offered")
                .isEqualTo(new NotificationChoices(false, true, true, true));

        jdbc.update("update users set email_verified = false where id = ?", ada.userId());
        comments.add(bob, new AddComment(post, null, "Unheard.")).id();

        assertThat(mailsTo("ada@example.com")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification_items", Integer.class)).isZero();
    }

    @Test
    void anEditorChoosesTheStaffsKindsAndEachUnsubscribeLinkTurnsOffItsOwnKindOnly() {
        Actor eve = new Actor(UserRows.withEmail(jdbc, "Eve", "eve@example.com", Role.EDITOR), Role.EDITOR);
        notifications.choose(eve, new NotificationChoices(true, true, false, true));
        assertThat(notifications.choices(eve.userId())).isEqualTo(new NotificationChoices(true, true, false, true));

        String token = jdbc.queryForObject("select unsubscribe_token from notification_preferences where user_id = ?",
                String.class, eve.userId());
        assertThat(notifications.unsubscribe(token, NotificationKind.HELD_COMMENTS)).isTrue();

        assertThat(notifications.choices(eve.userId())).isEqualTo(new NotificationChoices(true, true, false, false));
        assertThat(NotificationKind.ofSlug("held-comments")).contains(NotificationKind.HELD_COMMENTS);
        assertThat(NotificationKind.ofSlug("posts-for-review")).contains(NotificationKind.POSTS_FOR_REVIEW);
    }
}
