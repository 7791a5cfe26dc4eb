package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.users.AcceptInvitation;
import io.inkwell.users.AccountFieldException;
import io.inkwell.users.Actor;
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
import io.inkwell.users.UsersTestApplication;
import io.inkwell.users.test.UserRows;
import java.util.UUID;
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
}
