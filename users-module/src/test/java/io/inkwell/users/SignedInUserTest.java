package io.inkwell.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignedInUserTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void rolesBecomeSpringAuthoritiesAndOnlyActiveAccountsAreEnabled() {
        SignedInUser admin = new SignedInUser(id, "ada@example.com", "Ada", Role.ADMIN, UserStatus.ACTIVE, "hash");
        SignedInUser suspended = new SignedInUser(id, "ada@example.com", "Ada", Role.USER, UserStatus.SUSPENDED, "hash");

        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(admin.getUsername()).isEqualTo("ada@example.com");
        assertThat(admin.isEnabled()).isTrue();
        assertThat(suspended.isEnabled()).isFalse();
        assertThat(admin).isEqualTo(suspended).hasSameHashCodeAs(suspended);
        assertThat(admin.toString()).doesNotContain("hash");
    }

    @Test
    void credentialsAreErasedAfterLogin() {
        SignedInUser user = new SignedInUser(id, "bob@example.com", "Bob", Role.USER, UserStatus.ACTIVE, "hash");
        assertThat(user.getPassword()).isEqualTo("hash");
        user.eraseCredentials();
        assertThat(user.getPassword()).isNull();
    }

    @Test
    void actorsMayModifyTheirOwnThingsAndAdminsAnyones() {
        Actor bob = new SignedInUser(id, "bob@example.com", "Bob", Role.USER, UserStatus.ACTIVE, null).actor();
        Actor admin = new Actor(UUID.randomUUID(), Role.ADMIN);
        Actor guest = new Actor(UUID.randomUUID(), Role.GUEST);

        assertThat(bob.mayModify(id)).isTrue();
        assertThat(bob.mayModify(UUID.randomUUID())).isFalse();
        assertThat(admin.mayModify(id)).isTrue();
        assertThat(bob.mayWritePosts()).isTrue();
        assertThat(admin.mayWritePosts()).isTrue();
        assertThat(guest.mayWritePosts()).isFalse();
        assertThat(guest.isAdmin()).isFalse();
        assertThat(bob.userId()).isEqualTo(id);
        assertThat(bob.role()).isEqualTo(Role.USER);
    }
}
