package io.inkwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.users.SessionAccount;
import io.inkwell.users.UserStatus;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignedInUserTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void rolesBecomeSpringAuthoritiesAndOnlyActiveAccountsAreEnabled() {
        SignedInUser admin = new SignedInUser(new SessionAccount(id, "ada@example.com", "Ada", Role.ADMIN, UserStatus.ACTIVE, 3));
        SignedInUser suspended = new SignedInUser(new SessionAccount(id, "ada@example.com", "Ada", Role.USER, UserStatus.SUSPENDED, 3));

        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(admin.getUsername()).isEqualTo("ada@example.com");
        assertThat(admin.isEnabled()).isTrue();
        assertThat(suspended.isEnabled()).isFalse();
        assertThat(admin).isEqualTo(suspended).hasSameHashCodeAs(suspended);
        assertThat(admin.sessionEpoch()).isEqualTo(3);
    }

    @Test
    void thePrincipalNeverHoldsAPassword() {
        SignedInUser bob = new SignedInUser(new SessionAccount(id, "bob@example.com", "Bob", Role.USER, UserStatus.ACTIVE, 0));

        assertThat(bob.getPassword()).isNull();
        assertThat(bob.toString()).doesNotContain("bob@example.com");
    }

    @Test
    void theActorCarriesIdRoleAndStatus() {
        SignedInUser bob = new SignedInUser(new SessionAccount(id, "bob@example.com", "Bob", Role.USER, UserStatus.ACTIVE, 0));
        Actor actor = bob.actor();

        assertThat(actor).isEqualTo(new Actor(id, Role.USER, UserStatus.ACTIVE));
        assertThat(actor.mayModify(id)).isTrue();
        assertThat(actor.mayModify(UUID.randomUUID())).isFalse();
        assertThat(actor.mayWritePosts()).isTrue();
        assertThat(actor.mayManageUsers()).isFalse();
        assertThat(bob.id()).isEqualTo(id);
        assertThat(bob.name()).isEqualTo("Bob");
        assertThat(bob.email()).isEqualTo("bob@example.com");
        assertThat(bob.role()).isEqualTo(Role.USER);
    }
}
