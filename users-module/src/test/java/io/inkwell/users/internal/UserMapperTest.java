package io.inkwell.users.internal;

import static io.inkwell.users.internal.UserRowValues.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.MailContact;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UserSummary;
import io.inkwell.users.UsersTestApplication;
import io.inkwell.users.test.UserRows;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class UserMapperTest {

    @Autowired
    UserMapper users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void insertStoresEveryColumnAndSelectByIdReadsItBack() {
        UserRow ada = user("Ada", "ada@example.com");

        users.insert(ada);

        UserRow found = users.selectById(ada.id()).orElseThrow();
        assertThat(found.email()).isEqualTo("ada@example.com");
        assertThat(found.role()).isEqualTo(Role.USER);
        assertThat(found.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(found.createdAt()).isNotNull();
        assertThat(jdbc.queryForObject("select role from users where id = ?", String.class, ada.id())).isEqualTo("user");
    }

    @Test
    void selectByIdOfAnUnknownIdIsEmpty() {
        assertThat(users.selectById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void summariesOfManyIdsComeFromOneQuery() {
        UserRow dan = user("Dan", "dan@example.com");
        UserRow eve = user("Eve", "eve@example.com");
        users.insert(dan);
        users.insert(eve);

        List<UserSummary> summaries = users.selectSummariesByIds(List.of(dan.id(), eve.id(), UUID.randomUUID()));

        assertThat(summaries).extracting(UserSummary::name).containsExactlyInAnyOrder("Dan", "Eve");
    }

    @Test
    void activateInvitedSetsUpAnImportedAccountInOneStatementOnlyWhileItIsInvited() {
        UUID ada = UserRows.imported(jdbc, "Ada L.", "ada@example.com", Role.USER);

        int activated = users.activateInvited(ada, UserRows.PASSWORD_HASH, "Ada Lovelace", Role.EDITOR);
        int again = users.activateInvited(ada, UserRows.PASSWORD_HASH, "Someone else", Role.ADMIN);

        assertThat(activated).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(jdbc.queryForMap("select password_hash, name, role, status, email_verified from users where id = ?", ada))
                .containsEntry("password_hash", UserRows.PASSWORD_HASH).containsEntry("name", "Ada Lovelace").containsEntry("role", "editor")
                .containsEntry("status", "active").containsEntry("email_verified", true);
    }

    @Test
    void staffMailContactsAreTheActiveConfirmedEditorsAndAdmins() {
        UserRow root = user("Root", "root@example.com", Role.ADMIN, UserStatus.ACTIVE);
        UserRow eve = user("Eve", "eve@example.com", Role.EDITOR, UserStatus.ACTIVE);
        UserRow unconfirmed = user("Uma", "uma@example.com", Role.EDITOR, UserStatus.ACTIVE);
        UserRow suspended = user("Sid", "sid@example.com", Role.ADMIN, UserStatus.SUSPENDED);
        UserRow author = user("Ada", "ada@example.com", Role.USER, UserStatus.ACTIVE);
        UserRow contributor = user("Cy", "cy@example.com", Role.CONTRIBUTOR, UserStatus.ACTIVE);
        List.of(root, eve, unconfirmed, suspended, author, contributor).forEach(users::insert);
        jdbc.update("update users set email_verified = false where id = ?", unconfirmed.id());

        List<UUID> ours = List.of(root.id(), eve.id(), unconfirmed.id(), suspended.id(), author.id(), contributor.id());
        List<MailContact> staff = users.selectStaffMailContacts();

        assertThat(staff).as("accounts other tests left are not ours to judge").filteredOn(contact -> ours.contains(contact.id()))
                .containsExactly(new MailContact(eve.id(), "eve@example.com", "Eve"),
                new MailContact(root.id(), "root@example.com", "Root"));
    }
}
