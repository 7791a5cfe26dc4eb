package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.users.AccountFieldException;
import io.inkwell.users.Actor;
import io.inkwell.users.ChangeEmail;
import io.inkwell.users.EmailConfirmationRequested;
import io.inkwell.users.EmailConfirmations;
import io.inkwell.users.EmailTakenException;
import io.inkwell.users.IncorrectPasswordException;
import io.inkwell.users.PendingConfirmation;
import io.inkwell.users.RegisterUser;
import io.inkwell.users.RegistrationWithTakenEmail;
import io.inkwell.users.Role;
import io.inkwell.users.TokenProblem;
import io.inkwell.users.TokenRefusedException;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UsersTestApplication;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
@RecordApplicationEvents
class EmailConfirmationServiceTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    EmailConfirmations confirmations;

    @Autowired
    UserMapper users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private List<EmailConfirmationRequested> requested() {
        return events.stream(EmailConfirmationRequested.class).toList();
    }

    private UUID signedUp(String email) {
        accounts.signUp(new RegisterUser(email, "Ada", "a long password"));
        return users.selectByEmail(email).orElseThrow().id();
    }

    @Test
    void signingUpMakesAnUnconfirmedAccountThatMayNotPublishAndSendsItsLink() {
        UUID ada = signedUp("ada@example.com");

        assertThat(users.selectById(ada).orElseThrow().emailVerified()).isFalse();
        assertThat(users.selectSessionAccountById(ada).orElseThrow().actor().mayPublishPosts()).isFalse();
        assertThat(requested()).singleElement().satisfies(link -> {
            assertThat(link.email()).isEqualTo("ada@example.com");
            assertThat(link.isChange()).isFalse();
        });
    }

    @Test
    void followingTheLinkConfirmsTheAddressOnce() {
        UUID ada = signedUp("ada@example.com");
        String token = requested().get(0).token();

        assertThat(confirmations.check(token)).isEqualTo(new PendingConfirmation("ada@example.com", false));
        assertThat(confirmations.confirm(token)).isEqualTo(ada);

        assertThat(users.selectSessionAccountById(ada).orElseThrow().actor().mayPublishPosts()).isTrue();
        assertThatThrownBy(() -> confirmations.confirm(token))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.USED));
    }

    @Test
    void signingUpWithATakenEmailCreatesNothingAndTellsTheOwnerInstead() {
        accounts.register(new RegisterUser("ada@example.com", "Ada", "a long password"));

        accounts.signUp(new RegisterUser("ADA@example.com", "Mallory", "another password"));

        assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isEqualTo(1);
        assertThat(requested()).isEmpty();
        assertThat(events.stream(RegistrationWithTakenEmail.class))
                .containsExactly(new RegistrationWithTakenEmail("ada@example.com", "Mallory"));
    }

    @Test
    void resendSendsANewLinkOnlyWhileTheAddressIsUnconfirmed() {
        UUID ada = signedUp("ada@example.com");
        Actor actor = users.selectSessionAccountById(ada).orElseThrow().actor();

        confirmations.resend(actor);
        assertThat(requested()).hasSize(2);

        confirmations.confirm(requested().get(1).token());
        confirmations.resend(actor);
        assertThat(requested()).hasSize(2);
    }

    @Test
    void changingTheAddressTakesEffectOnlyWhenTheNewAddressFollowsItsLink() {
        UUID ada = accounts.register(new RegisterUser("ada@example.com", "Ada", "a long password"));
        Actor actor = new Actor(ada, Role.USER);

        confirmations.changeEmail(actor, new ChangeEmail(ada, "Ada@New.example", "a long password"));

        EmailConfirmationRequested link = requested().get(0);
        assertThat(link.email()).isEqualTo("ada@new.example");
        assertThat(link.previousEmail()).isEqualTo("ada@example.com");
        assertThat(users.selectById(ada).orElseThrow().email()).isEqualTo("ada@example.com");
        assertThat(confirmations.pendingChange(ada)).contains("ada@new.example");

        confirmations.confirm(link.token());

        assertThat(users.selectById(ada).orElseThrow().email()).isEqualTo("ada@new.example");
        assertThat(confirmations.pendingChange(ada)).isEmpty();
    }

    @Test
    void aChangeNeedsThePasswordAndANewAddressWithoutLineBreaks() {
        UUID ada = accounts.register(new RegisterUser("ada@example.com", "Ada", "a long password"));
        Actor actor = new Actor(ada, Role.USER);

        assertThatThrownBy(() -> confirmations.changeEmail(actor, new ChangeEmail(ada, "new@example.com", "wrong")))
                .isInstanceOf(IncorrectPasswordException.class);
        assertThatThrownBy(() -> confirmations.changeEmail(actor, new ChangeEmail(ada, "new@example.com\nBcc: x@y.z", "a long password")))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "newEmail");
        assertThatThrownBy(() -> confirmations.changeEmail(actor, new ChangeEmail(ada, "ada@example.com", "a long password")))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "newEmail");
        assertThat(requested()).isEmpty();
    }

    @Test
    void aNewerChangeRetiresTheOlderLinkAndATakenAddressIsRefusedWhenFollowed() {
        UUID ada = accounts.register(new RegisterUser("ada@example.com", "Ada", "a long password"));
        Actor actor = new Actor(ada, Role.USER);
        confirmations.changeEmail(actor, new ChangeEmail(ada, "first@example.com", "a long password"));
        confirmations.changeEmail(actor, new ChangeEmail(ada, "second@example.com", "a long password"));
        accounts.register(new RegisterUser("second@example.com", "Bob", "a long password"));

        // A refused command rolls the test's one transaction back at its end: the refusal that writes goes first.
        assertThatThrownBy(() -> confirmations.confirm(requested().get(1).token())).isInstanceOf(EmailTakenException.class);
        assertThatThrownBy(() -> confirmations.confirm(requested().get(0).token()))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.USED));
        assertThat(users.selectById(ada).orElseThrow().email()).isEqualTo("ada@example.com");
    }

    @Test
    void anExpiredOrUnknownLinkIsRefusedAndAnInactiveAccountsLinkDoesNothing() {
        UUID ada = signedUp("ada@example.com");
        String token = requested().get(0).token();

        assertThatThrownBy(() -> confirmations.check("nonsense"))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.UNKNOWN));
        jdbc.update("update users set status = 'suspended' where id = ?", ada);
        assertThatThrownBy(() -> confirmations.confirm(token))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.UNKNOWN));
        jdbc.update("update email_confirmations set expires_at = now() - interval '1 minute'");
        assertThatThrownBy(() -> confirmations.check(token))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.EXPIRED));
        assertThat(users.selectById(ada).orElseThrow().status()).isEqualTo(UserStatus.SUSPENDED);
    }
}
