package io.inkwell.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.mail.MailTestApplication;
import io.inkwell.mail.test.TestSmtpServer;
import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.AcceptInvitation;
import io.inkwell.users.Actor;
import io.inkwell.users.ChangeEmail;
import io.inkwell.users.EmailConfirmations;
import io.inkwell.users.Invitations;
import io.inkwell.users.InviteUser;
import io.inkwell.users.PasswordResets;
import io.inkwell.users.RegisterUser;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserSignIn;
import io.inkwell.users.test.UserRows;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each account mail as a person gets it, through a real SMTP server: the link is read from the received
 * message and followed through the users context's API, as the link's page would.
 */
@SpringBootTest(classes = MailTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class AccountMailsTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordResets resets;

    @Autowired
    EmailConfirmations confirmations;

    @Autowired
    Invitations invitations;

    @Autowired
    UserSignIn signIn;

    @Autowired
    SettingsAdministration settings;

    @Autowired
    MailDelivery delivery;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SiteSettings site;

    @BeforeEach
    void givenANewSiteAndAnEmptyMailbox() {
        site.reload();
        TestSmtpServer.clear();
    }

    private MimeMessage deliveredTo(String address) {
        while (delivery.deliverNext()) {
            // Sends every due message.
        }
        return TestSmtpServer.awaitMailTo(address);
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void aPasswordResetMailCarriesTheSitesTitleAndALinkThatSetsTheNewPassword() throws Exception {
        settings.save(new Actor(UUID.randomUUID(), Role.ADMIN),
                new ChangeSettings("Ada's notes", null, "en", "UTC", 10, true, null, null, null, false, 0));
        accounts.register(new RegisterUser("ada@example.com", "Ada", "the old password"));

        resets.request("ada@example.com");

        MimeMessage mail = deliveredTo("ada@example.com");
        assertThat(mail.getSubject()).isEqualTo("Reset your password for Ada's notes");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Ada's notes");
        assertThat(TestSmtpServer.text(mail)).contains("Hello Ada,").contains("within 30 minutes");
        assertThat(TestSmtpServer.html(mail)).contains("<a href=\"https://blog.example/password-reset/");
        String link = TestSmtpServer.link(mail, "/password-reset/");
        assertThat(link).matches("https://blog\\.example/password-reset/[A-Za-z0-9_-]{43}");

        resets.reset(token(link), "the new password");

        assertThat(signIn.authenticate("ada@example.com", "the new password").isSignedIn()).isTrue();
    }

    @Test
    void aGermanSiteSendsItsPasswordResetMailInGerman() throws Exception {
        settings.save(new Actor(UUID.randomUUID(), Role.ADMIN),
                new ChangeSettings("Adas Notizen", null, "de", "Europe/Berlin", 10, true, null, null, null, false, 0));
        accounts.register(new RegisterUser("ada@example.com", "Ada", "the old password"));

        resets.request("ada@example.com");

        MimeMessage mail = deliveredTo("ada@example.com");
        assertThat(mail.getSubject()).isEqualTo("Ihr Passwort für Adas Notizen zurücksetzen");
        assertThat(TestSmtpServer.text(mail)).contains("Hallo Ada,").contains("innerhalb von 30 Minuten")
                .contains("Der Link gilt einmal.").doesNotContain("Hello").doesNotContain("minutes");
        assertThat(TestSmtpServer.html(mail)).contains("<html lang=\"de\"").contains("Einen neuen Link anfordern")
                .contains("<a href=\"https://blog.example/password-reset/");
    }

    @Test
    void aRequestForAnAddressWithoutAnAccountSendsNothing() {
        resets.request("nobody@example.com");

        assertThat(delivery.deliverNext()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from mail_messages", Integer.class)).isZero();
    }

    @Test
    void theMailIsWrittenInTheTransactionOfItsLinkSoARolledBackRequestLeavesNeither() {
        accounts.register(new RegisterUser("ada@example.com", "Ada", "the old password"));

        transactions.executeWithoutResult(status -> {
            resets.request("ada@example.com");
            assertThat(jdbc.queryForObject("select count(*) from mail_messages", Integer.class)).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from mail_messages", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from password_reset_tokens", Integer.class)).isZero();
    }

    @Test
    void registrationSendsAConfirmationLinkThatLetsTheAccountPublish() throws Exception {
        accounts.signUp(new RegisterUser("ada@example.com", "Ada", "a long password"));

        MimeMessage mail = deliveredTo("ada@example.com");
        assertThat(mail.getSubject()).isEqualTo("Confirm your email address for Inkwell");
        assertThat(TestSmtpServer.text(mail)).contains("Until then you can read and comment, but not publish.");

        confirmations.confirm(token(TestSmtpServer.link(mail, "/email-confirmation/")));

        assertThat(signIn.authenticate("ada@example.com", "a long password").account().actor().mayPublishPosts()).isTrue();
    }

    @Test
    void registeringWithATakenAddressTellsItsOwnerHowToSignIn() throws Exception {
        accounts.register(new RegisterUser("ada@example.com", "Ada", "a long password"));

        accounts.signUp(new RegisterUser("ada@example.com", "Mallory", "another password"));

        MimeMessage mail = deliveredTo("ada@example.com");
        assertThat(mail.getSubject()).isEqualTo("You already have an account at Inkwell");
        assertThat(TestSmtpServer.link(mail, "/login")).isEqualTo("https://blog.example/login");
        assertThat(TestSmtpServer.link(mail, "/password-reset")).isEqualTo("https://blog.example/password-reset");
    }

    @Test
    void anEmailChangeSendsTheLinkToTheNewAddressAndTellsTheOldOne() throws Exception {
        UUID ada = accounts.register(new RegisterUser("ada@example.com", "Ada", "a long password"));

        confirmations.changeEmail(new Actor(ada, Role.USER), new ChangeEmail(ada, "ada@new.example", "a long password"));

        MimeMessage notice = deliveredTo("ada@example.com");
        assertThat(notice.getSubject()).isEqualTo("Your email address at Inkwell is being changed");
        assertThat(TestSmtpServer.text(notice)).contains("ada@new.example");
        MimeMessage link = TestSmtpServer.awaitMailTo("ada@new.example");
        assertThat(link.getSubject()).isEqualTo("Confirm your new email address for Inkwell");

        confirmations.confirm(token(TestSmtpServer.link(link, "/email-confirmation/")));

        assertThat(signIn.authenticate("ada@new.example", "a long password").isSignedIn()).isTrue();
    }

    @Test
    void anInvitationNamesItsInviterAndRoleAndItsLinkMakesTheAccount() throws Exception {
        Actor admin = new Actor(UserRows.withEmail(jdbc, "Grace", "grace@example.com", Role.ADMIN), Role.ADMIN);

        invitations.invite(admin, new InviteUser("ada@example.com", Role.USER));

        MimeMessage mail = deliveredTo("ada@example.com");
        assertThat(mail.getSubject()).isEqualTo("Grace invites you to Inkwell");
        assertThat(TestSmtpServer.text(mail)).contains("as an author").contains("within 7 days");

        invitations.accept(token(TestSmtpServer.link(mail, "/invitations/")), new AcceptInvitation("Ada", "a long password"));

        assertThat(signIn.authenticate("ada@example.com", "a long password").account().role()).isEqualTo(Role.USER);
    }

    @Test
    void aGermanSitesInvitationNamesTheRoleInGerman() throws Exception {
        settings.save(new Actor(UUID.randomUUID(), Role.ADMIN),
                new ChangeSettings("Adas Notizen", null, "de", "UTC", 10, true, null, null, null, false, 0));
        Actor admin = new Actor(UserRows.withEmail(jdbc, "Grace", "grace@example.com", Role.ADMIN), Role.ADMIN);

        invitations.invite(admin, new InviteUser("ada@example.com", Role.GUEST));

        MimeMessage mail = deliveredTo("ada@example.com");
        assertThat(mail.getSubject()).isEqualTo("Grace lädt Sie zu Adas Notizen ein");
        assertThat(TestSmtpServer.text(mail)).contains("Grace lädt Sie ein, Adas Notizen als Gast beizutreten.")
                .contains("innerhalb von 7 Tagen");
    }

    @Test
    void anAddressWithALineBreakNeverReachesTheOutbox() {
        Actor admin = new Actor(UserRows.withEmail(jdbc, "Grace", "grace@example.com", Role.ADMIN), Role.ADMIN);

        assertThatThrownBy(() -> invitations.invite(admin, new InviteUser("ada@example.com\r\nBcc: all@example.com", Role.USER)))
                .isInstanceOf(io.inkwell.users.AccountFieldException.class);

        assertThat(jdbc.queryForObject("select count(*) from mail_messages", Integer.class)).isZero();
    }
}
