package io.inkwell.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.integrations.ApiKeyView;
import io.inkwell.integrations.ApiKeys;
import io.inkwell.integrations.CreatedApiKey;
import io.inkwell.integrations.IntegrationNotFoundException;
import io.inkwell.integrations.IntegrationsTestApplication;
import io.inkwell.integrations.InvalidIntegrationException;
import io.inkwell.integrations.NewApiKey;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The life of a key: made and shown once, stored as a digest, used, revoked; and who may do what. */
@SpringBootTest(classes = IntegrationsTestApplication.class)
@Transactional
class ApiKeyServiceTest {

    private final Actor admin = new Actor(UUID.randomUUID(), Role.ADMIN);

    @Autowired
    ApiKeys keys;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noKeys() {
        jdbc.update("delete from api_keys");
    }

    @Test
    void aNewKeyIsShownOnceAndStoredOnlyAsItsDigest() {
        CreatedApiKey created = keys.create(admin, new NewApiKey("  Mobile app ", "https://app.example\nhttp://localhost:3000/"));

        assertThat(created.secret()).matches("ink_[A-Za-z0-9_-]{43}");
        assertThat(created.key().name()).isEqualTo("Mobile app");
        assertThat(created.key().prefix()).isEqualTo(created.secret().substring(0, 12));
        assertThat(created.key().allowedOrigins()).containsExactly("https://app.example", "http://localhost:3000");
        assertThat(jdbc.queryForObject("select key_hash from api_keys", String.class))
                .isEqualTo(ApiKeyTexts.digest(created.secret()))
                .isNotEqualTo(created.secret());
        assertThat(jdbc.queryForObject("select count(*) from api_keys where key_hash like ? or key_prefix = ?", Integer.class,
                "%" + created.secret().substring(12) + "%", created.secret())).as("the text is nowhere").isZero();
        assertThat(keys.all(admin)).singleElement().satisfies(listed -> assertThat(listed.toString()).doesNotContain(created.secret()));
    }

    @Test
    void twoKeysNeverShareTheirText() {
        assertThat(keys.create(admin, new NewApiKey("One", "")).secret()).isNotEqualTo(keys.create(admin, new NewApiKey("Two", "")).secret());
    }

    @Test
    void aKeyAuthenticatesUntilItIsRevoked() {
        CreatedApiKey created = keys.create(admin, new NewApiKey("Site", "https://app.example"));

        assertThat(keys.authenticate(created.secret())).hasValueSatisfying(client -> {
            assertThat(client.keyId()).isEqualTo(created.key().id());
            assertThat(client.allowsOrigin("https://app.example")).isTrue();
            assertThat(client.allowsOrigin("https://evil.example")).isFalse();
        });
        assertThat(keys.find(admin, created.key().id()).lastUsedAt()).as("last used is shown").isNotNull();

        ApiKeyView revoked = keys.revoke(admin, created.key().id());

        assertThat(revoked.isRevoked()).isTrue();
        assertThat(keys.authenticate(created.secret())).isEmpty();
        assertThat(keys.anyKeyAllowsOrigin("https://app.example")).isFalse();
    }

    @Test
    void textThatIsNoKeyAuthenticatesNothing() {
        String real = keys.create(admin, new NewApiKey("Site", "")).secret();

        assertThat(keys.authenticate(null)).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
        assertThat(keys.authenticate("ink_" + "A".repeat(43))).isEmpty();
        assertThat(keys.authenticate(real + "x")).isEmpty();
        assertThat(keys.authenticate(real.toUpperCase())).isEmpty();
        assertThat(keys.authenticate("' or 1=1 --")).isEmpty();
    }

    @Test
    void aCorsPreflightAsksWhetherAnyLiveKeyAllowsTheOrigin() {
        keys.create(admin, new NewApiKey("Site", "https://app.example"));

        assertThat(keys.anyKeyAllowsOrigin("https://app.example")).isTrue();
        assertThat(keys.anyKeyAllowsOrigin("https://other.example")).isFalse();
        assertThat(keys.anyKeyAllowsOrigin("https://app.example https://other.example")).isFalse();
        assertThat(keys.anyKeyAllowsOrigin(null)).isFalse();
    }

    @Test
    void aKeyNeedsANameOfAtMostAHundredCharactersAndRealOrigins() {
        assertThatThrownBy(() -> keys.create(admin, new NewApiKey("  ", ""))).isInstanceOfSatisfying(
                InvalidIntegrationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> keys.create(admin, new NewApiKey("x".repeat(101), ""))).isInstanceOfSatisfying(
                InvalidIntegrationException.class, e -> {
                    assertThat(e.refusal().code()).isEqualTo("refused.apiKey.nameTooLong");
                    assertThat(e.getMessage()).isEqualTo("A key's name can be at most 100 characters long.");
                });
        assertThatThrownBy(() -> keys.create(admin, new NewApiKey("Site", "not an origin"))).isInstanceOfSatisfying(
                InvalidIntegrationException.class, e -> assertThat(e.field()).isEqualTo("allowedOrigins"));
        assertThat(jdbc.queryForObject("select count(*) from api_keys", Integer.class)).isZero();
    }

    @Test
    void onlyActiveAdminsManageKeys() {
        UUID id = keys.create(admin, new NewApiKey("Site", "")).key().id();
        for (Actor someone : new Actor[] {new Actor(UUID.randomUUID(), Role.USER), new Actor(UUID.randomUUID(), Role.GUEST),
            new Actor(UUID.randomUUID(), Role.ADMIN, UserStatus.SUSPENDED)}) {
            assertThatThrownBy(() -> keys.all(someone)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> keys.find(someone, id)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> keys.create(someone, new NewApiKey("Mine", ""))).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> keys.revoke(someone, id)).isInstanceOf(NotAllowedException.class);
        }
        assertThat(keys.find(admin, id).isRevoked()).isFalse();
    }

    @Test
    void anUnknownKeyIsNotFound() {
        assertThatThrownBy(() -> keys.find(admin, UUID.randomUUID())).isInstanceOf(IntegrationNotFoundException.class);
        assertThatThrownBy(() -> keys.revoke(admin, UUID.randomUUID())).isInstanceOf(IntegrationNotFoundException.class);
    }
}
