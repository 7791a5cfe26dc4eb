package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.test.StatementCounter;
import io.inkwell.users.AcceptInvitation;
import io.inkwell.users.AccountFieldException;
import io.inkwell.users.Actor;
import io.inkwell.users.AdministrationRefusedException;
import io.inkwell.users.EmailTakenException;
import io.inkwell.users.InvitationNotFoundException;
import io.inkwell.users.InvitationSent;
import io.inkwell.users.Invitations;
import io.inkwell.users.InviteUser;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.RegisterUser;
import io.inkwell.users.Role;
import io.inkwell.users.TokenProblem;
import io.inkwell.users.TokenRefusedException;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserNotFoundException;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UsersTestApplication;
import io.inkwell.users.test.UserRows;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
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
class InvitationServiceTest {

    @Autowired
    Invitations invitations;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserMapper users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    SqlSessionFactory sqlSessions;

    Actor admin;

    @BeforeEach
    void givenAnAdmin() {
        admin = new Actor(UserRows.withEmail(jdbc, "Grace", "grace@example.com", Role.ADMIN), Role.ADMIN);
    }

    private String tokenOf(UUID invitation) {
        return events.stream(InvitationSent.class).filter(sent -> sent.invitationId().equals(invitation))
                .findFirst().orElseThrow().token();
    }

    @Test
    void anInvitationIsAnnouncedWithItsRoleAndInviterAndListedUntilAccepted() {
        UUID id = invitations.invite(admin, new InviteUser(" Ada@Example.com ", Role.USER));

        InvitationSent sent = events.stream(InvitationSent.class).findFirst().orElseThrow();
        assertThat(sent.email()).isEqualTo("ada@example.com");
        assertThat(sent.role()).isEqualTo(Role.USER);
        assertThat(sent.invitedBy()).isEqualTo("Grace");
        assertThat(invitations.open(admin)).singleElement().satisfies(open -> assertThat(open.id()).isEqualTo(id));
        assertThat(invitations.check(sent.token()).email()).isEqualTo("ada@example.com");

        UUID ada = invitations.accept(sent.token(), new AcceptInvitation(" Ada ", "a long password"));

        UserRow row = users.selectById(ada).orElseThrow();
        assertThat(row.email()).isEqualTo("ada@example.com");
        assertThat(row.name()).isEqualTo("Ada");
        assertThat(row.role()).isEqualTo(Role.USER);
        assertThat(row.emailVerified()).isTrue();
        assertThat(invitations.open(admin)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(sent.token(), new AcceptInvitation("Ada again", "a long password")))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.USED));
    }

    @Test
    void anInvitationWhoseInviterWasDeletedSinceNamesNoInviter() {
        Actor other = new Actor(UserRows.withEmail(jdbc, "Hopper", "hopper@example.com", Role.ADMIN), Role.ADMIN);
        invitations.invite(other, new InviteUser("ada@example.com", Role.USER));

        jdbc.update("delete from users where id = ?", other.userId());

        assertThat(invitations.open(admin)).singleElement().satisfies(open -> assertThat(open.invitedBy()).isNull());
    }

    @Test
    void onlyAdminsInviteAndAnExistingAccountIsNotInvited() {
        accounts.register(new RegisterUser("bob@example.com", "Bob", "a long password"));

        assertThatThrownBy(() -> invitations.invite(new Actor(UUID.randomUUID(), Role.USER), new InviteUser("x@example.com", Role.USER)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> invitations.open(new Actor(UUID.randomUUID(), Role.GUEST))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> invitations.invite(new Actor(UUID.randomUUID(), Role.ADMIN), new InviteUser("x@example.com", Role.USER)))
                .as("an admin whose account is gone").isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> invitations.invite(admin, new InviteUser("BOB@example.com", Role.USER)))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "email");
        assertThatThrownBy(() -> invitations.invite(admin, new InviteUser("eve@example.com\r\nBcc: all@example.com", Role.ADMIN)))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "email");
        assertThat(jdbc.queryForObject("select count(*) from invitations", Integer.class)).isZero();
    }

    @Test
    void aRevokedInvitationNoLongerWorksAndCannotBeRevokedTwice() {
        UUID id = invitations.invite(admin, new InviteUser("ada@example.com", Role.GUEST));

        invitations.revoke(admin, id);

        assertThatThrownBy(() -> invitations.check(tokenOf(id)))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.REVOKED));
        assertThatThrownBy(() -> invitations.revoke(admin, id)).isInstanceOf(InvitationNotFoundException.class);
    }

    @Test
    void anExpiredInvitationIsRefusedAndATakenAddressCannotAccept() {
        UUID expired = invitations.invite(admin, new InviteUser("ada@example.com", Role.USER));
        UUID taken = invitations.invite(admin, new InviteUser("bob@example.com", Role.USER));
        jdbc.update("update invitations set expires_at = now() - interval '1 minute' where id = ?", expired);
        accounts.register(new RegisterUser("bob@example.com", "Bob", "a long password"));

        // A refused command rolls the test's one transaction back at its end: the refusal that writes goes first.
        assertThatThrownBy(() -> invitations.accept(tokenOf(taken), new AcceptInvitation("Bob", "a long password")))
                .isInstanceOf(EmailTakenException.class);
        assertThatThrownBy(() -> invitations.accept(tokenOf(expired), new AcceptInvitation("Ada", "a long password")))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.EXPIRED));
        assertThatThrownBy(() -> invitations.accept(tokenOf(taken), new AcceptInvitation("Bob", "short")))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "password");
        assertThatThrownBy(() -> invitations.check("x".repeat(43)))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.UNKNOWN));
    }

    @Test
    void anImportedAccountsAddressIsInvitedWithItsRoleUnlessTheAdminPicksAnother() {
        UserRows.imported(jdbc, "Ada L.", "ada@example.com", Role.EDITOR);
        UserRows.imported(jdbc, "Bob", "bob@example.com", Role.USER);

        UUID keeps = invitations.invite(admin, new InviteUser("ADA@example.com", null));
        UUID picks = invitations.invite(admin, new InviteUser("bob@example.com", Role.CONTRIBUTOR));
        UUID fresh = invitations.invite(admin, new InviteUser("new@example.com", null));

        assertThat(invitations.check(tokenOf(keeps))).satisfies(view -> {
            assertThat(view.role()).isEqualTo(Role.EDITOR);
            assertThat(view.importedName()).isEqualTo("Ada L.");
        });
        assertThat(invitations.check(tokenOf(picks)).role()).isEqualTo(Role.CONTRIBUTOR);
        assertThat(invitations.check(tokenOf(fresh))).satisfies(view -> {
            assertThat(view.role()).isEqualTo(Role.USER);
            assertThat(view.importedName()).isNull();
        });
    }

    @Test
    void acceptingSetsUpTheImportedAccountItselfWithItsIdAndConfirmedAddress() {
        UUID ada = UserRows.imported(jdbc, "Ada L.", "ada@example.com", Role.USER);
        UUID invitation = invitations.invite(admin, new InviteUser("ada@example.com", Role.EDITOR));

        UUID accepted = invitations.accept(tokenOf(invitation), new AcceptInvitation(" Ada Lovelace ", "a long password"));

        assertThat(accepted).isEqualTo(ada);
        UserRow row = users.selectById(ada).orElseThrow();
        assertThat(row.name()).isEqualTo("Ada Lovelace");
        assertThat(row.role()).isEqualTo(Role.EDITOR);
        assertThat(row.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(row.emailVerified()).isTrue();
        assertThat(row.passwordHash()).isNotBlank().doesNotContain("a long password");
        assertThat(jdbc.queryForObject("select count(*) from users where email = 'ada@example.com'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select accepted_user_id from invitations where id = ?", UUID.class, invitation)).isEqualTo(ada);
    }

    @Test
    void aSecondOpenLinkToAnImportedAccountIsUsedOnceTheFirstSetItUp() {
        UUID ada = UserRows.imported(jdbc, "Ada", "ada@example.com", Role.USER);
        UUID first = invitations.invite(admin, new InviteUser("ada@example.com", null));
        UUID second = invitations.inviteImported(admin, ada);
        assertThat(invitations.open(admin)).extracting(open -> open.id()).containsExactlyInAnyOrder(first, second);
        assertThat(invitations.inviteAllImported(admin)).as("an open invitation is enough").isZero();

        invitations.accept(tokenOf(second), new AcceptInvitation("Ada", "a long password"));

        assertThatThrownBy(() -> invitations.accept(tokenOf(first), new AcceptInvitation("Ada", "another password")))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.USED));
        assertThatThrownBy(() -> invitations.invite(admin, new InviteUser("ada@example.com", null)))
                .as("an active account's address").isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "email");
    }

    @Test
    void onlyAnAccountStillWaitingIsInvitedOnItsOwn() {
        UUID suspended = UserRows.withEmail(jdbc, "Sue", "sue@example.com", Role.USER);
        jdbc.update("update users set status = 'suspended' where id = ?", suspended);
        UUID ada = UserRows.imported(jdbc, "Ada", "ada@example.com", Role.USER);
        UUID madeUp = UserRows.imported(jdbc, "No address", "wp-author-7@imported.invalid", Role.USER);

        assertThatThrownBy(() -> invitations.inviteImported(admin, suspended)).isInstanceOf(AdministrationRefusedException.class);
        assertThatThrownBy(() -> invitations.inviteImported(admin, madeUp))
                .isInstanceOfSatisfying(AdministrationRefusedException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo("refused.administration.noMailAddress"));
        assertThatThrownBy(() -> invitations.inviteImported(admin, UUID.randomUUID())).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> invitations.inviteImported(new Actor(ada, Role.USER), ada)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> invitations.invite(admin, new InviteUser("sue@example.com", null)))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "email");
        assertThat(jdbc.queryForObject("select count(*) from invitations", Integer.class)).isZero();
    }

    @Test
    void invitingAllImportedAccountsSendsOneInvitationToEachWithoutAnOpenOneInBatches() {
        int imported = Invitations.BATCH_SIZE + 3;
        for (int n = 0; n < imported; n++) {
            UserRows.imported(jdbc, "Author " + n, "author-" + n + "@example.com", n == 0 ? Role.EDITOR : Role.USER);
        }
        invitations.invite(admin, new InviteUser("author-1@example.com", null));
        UserRows.withEmail(jdbc, "Active", "active@example.com", Role.USER);
        StatementCounter statements = StatementCounter.installedIn(sqlSessions);
        statements.reset();

        int sent = invitations.inviteAllImported(admin);

        assertThat(sent).isEqualTo(imported - 1);
        assertThat(statements.count()).as("the inviter, then a read and an insert per batch of two").isEqualTo(1 + 2 * 2);
        List<InvitationSent> announced = events.stream(InvitationSent.class).toList();
        assertThat(announced).hasSize(imported);
        assertThat(announced).filteredOn(each -> each.email().equals("author-0@example.com"))
                .singleElement().satisfies(each -> {
                    assertThat(each.role()).isEqualTo(Role.EDITOR);
                    assertThat(each.invitedBy()).isEqualTo("Grace");
                    assertThat(invitations.check(each.token()).importedName()).isEqualTo("Author 0");
                });
        assertThat(jdbc.queryForObject("select count(distinct email) from invitations", Integer.class)).isEqualTo(imported);
        assertThat(jdbc.queryForObject("select count(*) from invitations where email = 'author-1@example.com'", Integer.class)).isEqualTo(1);
        assertThat(invitations.inviteAllImported(admin)).as("nobody is left without an open invitation").isZero();
        assertThatThrownBy(() -> invitations.inviteAllImported(new Actor(admin.userId(), Role.EDITOR))).isInstanceOf(NotAllowedException.class);
    }
}
