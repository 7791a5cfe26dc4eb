package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.AccountContact;
import io.inkwell.users.Role;
import io.inkwell.users.UsersTestApplication;
import io.inkwell.users.test.UserRows;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class InvitationMapperTest {

    private static final long A_WEEK = 7 * 24 * 3600;

    @Autowired
    InvitationMapper invitations;

    @Autowired
    JdbcTemplate jdbc;

    UUID grace;

    @BeforeEach
    void givenAnAdmin() {
        grace = UserRows.withEmail(jdbc, "Grace", "grace@example.com", Role.ADMIN);
    }

    private UUID invite(String email, String token) {
        UUID id = TimeOrderedIds.next();
        invitations.insert(id, email, Role.USER, SecretTokens.sha256(token), grace, A_WEEK);
        return id;
    }

    @Test
    void anInvitationToAnImportedAccountsAddressCarriesThatAccountsName() {
        UserRows.imported(jdbc, "Ada Lovelace", "ada@example.com", Role.USER);
        invite("ada@example.com", "token-ada");
        invite("new@example.com", "token-new");

        assertThat(invitations.selectByHash(SecretTokens.sha256("token-ada")).orElseThrow().importedName()).isEqualTo("Ada Lovelace");
        assertThat(invitations.selectByHashForUpdate(SecretTokens.sha256("token-ada")).orElseThrow().importedName())
                .isEqualTo("Ada Lovelace");
        assertThat(invitations.selectByHash(SecretTokens.sha256("token-new")).orElseThrow().importedName()).isNull();
        assertThat(invitations.selectOpen(10)).extracting(InvitationRow::importedName).containsExactly(null, "Ada Lovelace");
    }

    @Test
    void anActiveAccountsNameIsNoImportedName() {
        invite("grace@example.com", "token-grace");

        assertThat(invitations.selectByHash(SecretTokens.sha256("token-grace")).orElseThrow().importedName()).isNull();
    }

    @Test
    void existsAcceptedByTellsWhetherAnInvitationWasAcceptedAsTheAccount() {
        UUID ada = UserRows.withEmail(jdbc, "Ada", "ada@example.com", Role.USER);
        UUID invitation = invite("ada@example.com", "token-ada");

        assertThat(invitations.existsAcceptedBy(ada)).isFalse();

        invitations.markAccepted(invitation, ada);

        assertThat(invitations.existsAcceptedBy(ada)).isTrue();
        assertThat(invitations.existsAcceptedBy(grace)).isFalse();
    }

    @Test
    void selectImportedWithoutOpenInvitationSkipsInvitedOnesMadeUpAddressesAndOtherStatuses() {
        UUID ada = UserRows.imported(jdbc, "Ada", "ada@example.com", Role.EDITOR);
        UUID bob = UserRows.imported(jdbc, "Bob", "bob@example.com", Role.USER);
        UUID cy = UserRows.imported(jdbc, "Cy", "cy@example.com", Role.USER);
        UUID dee = UserRows.imported(jdbc, "Dee", "dee@example.com", Role.USER);
        UserRows.imported(jdbc, "No address", "wp-author-7@imported.invalid", Role.USER);
        invite("bob@example.com", "token-bob");
        UUID revoked = invite("cy@example.com", "token-cy");
        invitations.revoke(revoked);
        UUID expired = invite("dee@example.com", "token-dee");
        jdbc.update("update invitations set expires_at = now() - interval '1 minute' where id = ?", expired);

        List<AccountContact> found = invitations.selectImportedWithoutOpenInvitation(10);

        assertThat(found).extracting(AccountContact::id).containsExactly(ada, cy, dee);
        assertThat(found.get(0)).isEqualTo(new AccountContact(ada, "ada@example.com", "Ada", Role.EDITOR));
        assertThat(invitations.selectImportedWithoutOpenInvitation(2)).extracting(AccountContact::id).containsExactly(ada, cy);
        assertThat(found).extracting(AccountContact::id).doesNotContain(bob, grace);
    }

    @Test
    void insertAllStoresEveryInvitationOfTheBatchInOneStatement() {
        List<NewInvitation> batch = List.of(
                new NewInvitation(TimeOrderedIds.next(), "ada@example.com", Role.EDITOR, SecretTokens.sha256("token-ada")),
                new NewInvitation(TimeOrderedIds.next(), "bob@example.com", Role.USER, SecretTokens.sha256("token-bob")));

        int stored = invitations.insertAll(batch, grace, A_WEEK);

        assertThat(stored).isEqualTo(2);
        assertThat(jdbc.queryForList("select email || ' ' || role || ' ' || (invited_by = ?)::text || ' '"
                + " || (expires_at between now() + interval '6 days 23 hours' and now() + interval '7 days 1 hour')::text"
                + " from invitations order by email", String.class, grace))
                .containsExactly("ada@example.com editor true true", "bob@example.com user true true");
        assertThat(invitations.selectByHash(SecretTokens.sha256("token-bob")).orElseThrow().id()).isEqualTo(batch.get(1).id());
    }
}
