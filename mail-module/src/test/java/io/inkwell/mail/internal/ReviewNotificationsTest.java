package io.inkwell.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.mail.MailTestApplication;
import io.inkwell.mail.NotificationChoices;
import io.inkwell.mail.Notifications;
import io.inkwell.mail.test.TestSmtpServer;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.Publication;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Editors and admins hear of a post submitted for review: a real submission through the posts context, the
 * listener reacting after it commits, the mails read from the SMTP server.
 */
@SpringBootTest(classes = MailTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class ReviewNotificationsTest {

    @Autowired
    PostCommands posts;

    @Autowired
    Notifications notifications;

    @Autowired
    MailDelivery delivery;

    @Autowired
    SiteSettings site;

    @Autowired
    JdbcTemplate jdbc;

    Actor cy;
    Actor eve;
    Actor root;

    @BeforeEach
    void givenAContributorAnEditorAndAnAdmin() {
        site.reload();
        TestSmtpServer.clear();
        cy = new Actor(UserRows.withEmail(jdbc, "Cy", "cy@example.com", Role.CONTRIBUTOR), Role.CONTRIBUTOR);
        eve = new Actor(UserRows.withEmail(jdbc, "Eve", "eve@example.com", Role.EDITOR), Role.EDITOR);
        root = new Actor(UserRows.withEmail(jdbc, "Root", "root@example.com", Role.ADMIN), Role.ADMIN);
    }

    private static PostDraft draft(String title) {
        return new PostDraft(title, null, "Text", null, null, Set.of());
    }

    private void deliverAll() {
        while (delivery.deliverNext()) {
            // Sends every due message.
        }
    }

    @Test
    void aSubmittedPostIsToldToEveryEditorAndAdminWithItsAuthorAndTheReviewLink() throws Exception {
        PostRef post = posts.create(cy, draft("On gears"), Publication.FOR_REVIEW);
        deliverAll();

        for (String staff : Set.of("eve@example.com", "root@example.com")) {
            MimeMessage mail = TestSmtpServer.awaitMailTo(staff);
            assertThat(mail.getSubject()).isEqualTo("“On gears” awaits your review");
            assertThat(TestSmtpServer.text(mail)).contains("Cy submitted “On gears” for review.")
                    .contains("Review it: https://blog.example/posts/" + post.id() + "/edit");
            assertThat(TestSmtpServer.html(mail)).contains("<strong>Cy</strong> submitted “On gears” for review.")
                    .contains("href=\"https://blog.example/posts/" + post.id() + "/edit\"");
            String unsubscribe = TestSmtpServer.link(mail, "/unsubscribe/");
            assertThat(unsubscribe).endsWith("/posts-for-review");
            assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<" + unsubscribe + ">");
            assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        }
        assertThat(TestSmtpServer.received()).as("one mail each, none to the contributor").hasSize(2);
    }

    @Test
    void contributorsAuthorsTheSubmitterTheUnsubscribedAndTheUnconfirmedAreNotTold() {
        UserRows.withEmail(jdbc, "Ada", "ada@example.com", Role.USER);
        UserRows.withEmail(jdbc, "Cleo", "cleo@example.com", Role.CONTRIBUTOR);
        Actor ed = new Actor(UserRows.withEmail(jdbc, "Ed", "ed@example.com", Role.EDITOR), Role.EDITOR);
        notifications.choose(ed, new NotificationChoices(true, true, false, true));
        UserRows.withEmail(jdbc, "Uma", "uma@example.com", Role.EDITOR);
        jdbc.update("update users set email_verified = false where email = 'uma@example.com'");
        UserRows.withEmail(jdbc, "Sid", "sid@example.com", Role.ADMIN);
        jdbc.update("update users set status = 'suspended' where email = 'sid@example.com'");

        PostRef draft = posts.create(eve, draft("An editor's own"), Publication.KEEP);
        posts.submitForReview(eve, draft.id());
        deliverAll();

        assertThat(TestSmtpServer.awaitMailTo("root@example.com")).isNotNull();
        assertThat(TestSmtpServer.received()).as("only the other staff member, Root").hasSize(1);
    }

    @Test
    void savingAPendingPostAgainTellsNobodyAndAnEditorsPreferenceRowIsMadeOnFirstNeed() {
        PostRef post = posts.create(cy, draft("Once"), Publication.FOR_REVIEW);
        posts.update(cy, post.id(), 0, draft("Once, polished"), Publication.FOR_REVIEW);
        posts.submitForReview(cy, post.id());
        deliverAll();

        assertThat(TestSmtpServer.mailTo("eve@example.com")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from notification_preferences where user_id in (?, ?)", Integer.class,
                eve.userId(), root.userId())).isEqualTo(2);
    }
}
