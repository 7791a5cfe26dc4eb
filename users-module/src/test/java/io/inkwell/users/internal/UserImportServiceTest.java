package io.inkwell.users.internal;

import static io.inkwell.users.internal.UserRowValues.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.users.AccountContact;
import io.inkwell.users.Actor;
import io.inkwell.users.ImportedAccount;
import io.inkwell.users.ImportedAccountResult;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.SignInResult;
import io.inkwell.users.UserImports;
import io.inkwell.users.UserSignIn;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UsersTestApplication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class UserImportServiceTest {

    @Autowired
    UserImports imports;

    @Autowired
    UserMapper users;

    @Autowired
    UserSignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    private Actor admin;

    @BeforeEach
    void anAdmin() {
        UserRow row = user("Admin", "admin@example.com", Role.ADMIN, UserStatus.ACTIVE);
        users.insert(row);
        admin = new Actor(row.id(), Role.ADMIN);
    }

    @Test
    void newPeopleBecomeInvitedAccountsWithoutAPassword() {
        List<ImportedAccountResult> results = imports.importAccounts(admin,
                List.of(new ImportedAccount(" Ada@Example.com ", "Ada Lovelace", Role.USER)));

        assertThat(results).singleElement().satisfies(result -> assertThat(result.created()).isTrue());
        UserRow ada = users.selectById(results.get(0).id()).orElseThrow();
        assertThat(ada.email()).isEqualTo("ada@example.com");
        assertThat(ada.status()).isEqualTo(UserStatus.INVITED);
        assertThat(ada.role()).isEqualTo(Role.USER);
        assertThat(ada.passwordHash()).isNull();
    }

    @Test
    void anInvitedAccountCannotBeSignedInTo() {
        imports.importAccounts(admin, List.of(new ImportedAccount("ada@example.com", "Ada", Role.USER)));

        SignInResult result = signIn.authenticate("ada@example.com", "");

        assertThat(result.outcome()).isEqualTo(SignInResult.Outcome.NOT_ACTIVE);
    }

    @Test
    void anExistingEmailKeepsItsAccountAndTheRepeatedPersonIsOneAccount() {
        UserRow bob = user("Bob", "bob@example.com");
        users.insert(bob);

        List<ImportedAccountResult> results = imports.importAccounts(admin, List.of(
                new ImportedAccount("BOB@example.com", "Robert", Role.GUEST),
                new ImportedAccount("cy@example.com", "Cy", Role.GUEST),
                new ImportedAccount("cy@example.com", "Cyril", Role.GUEST)));

        assertThat(results).extracting(ImportedAccountResult::id)
                .containsExactly(bob.id(), results.get(1).id(), results.get(1).id());
        assertThat(results).extracting(ImportedAccountResult::created).containsExactly(false, true, true);
        assertThat(users.selectById(bob.id()).orElseThrow().name()).isEqualTo("Bob");
        assertThat(jdbc.queryForObject("select count(*) from users where email = 'cy@example.com'", Integer.class)).isOne();
    }

    @Test
    void importingTheSamePeopleAgainCreatesNobodyTwice() {
        List<ImportedAccount> people = List.of(new ImportedAccount("ada@example.com", "Ada", Role.USER));
        ImportedAccountResult first = imports.importAccounts(admin, people).get(0);

        ImportedAccountResult second = imports.importAccounts(admin, people).get(0);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.created()).isFalse();
    }

    @Test
    void aBadEmailOrNameIsRefusedWithItsReasonAndTheOthersAreStillMade() {
        List<ImportedAccountResult> results = imports.importAccounts(admin, List.of(
                new ImportedAccount("not an email", "Nobody", Role.GUEST),
                new ImportedAccount("nameless@example.com", "  ", Role.GUEST),
                new ImportedAccount("dee@example.com", "Dee", Role.GUEST)));

        assertThat(results.get(0).refusal().code()).isEqualTo("refused.account.emailInvalid");
        assertThat(results.get(0).refusal().english()).contains("email");
        assertThat(results.get(1).refusal().code()).isEqualTo("refused.account.nameInvalid");
        assertThat(results.get(2).isRefused()).isFalse();
        assertThat(users.selectById(results.get(2).id())).isPresent();
    }

    @Test
    void contactsGiveEmailNameAndRoleOfKnownIds() {
        Map<java.util.UUID, AccountContact> contacts = imports.contactsOf(admin, List.of(admin.userId(), java.util.UUID.randomUUID()));

        assertThat(contacts).containsOnlyKeys(admin.userId());
        assertThat(contacts.get(admin.userId())).isEqualTo(new AccountContact(admin.userId(), "admin@example.com", "Admin", Role.ADMIN));
        assertThat(imports.contactsOf(admin, List.of())).isEmpty();
    }

    @Test
    void onlyAdminsImportOrReadContacts() {
        Actor author = new Actor(admin.userId(), Role.USER);

        assertThatThrownBy(() -> imports.importAccounts(author, List.of())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> imports.contactsOf(author, List.of())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void theSchemaRefusesAnActiveAccountWithoutAPassword() {
        assertThatThrownBy(() -> jdbc.update(
                "insert into users (email, password_hash, name, status) values ('x@example.com', null, 'X', 'active')"))
                .hasMessageContaining("users_active_password_ck");
    }
}
