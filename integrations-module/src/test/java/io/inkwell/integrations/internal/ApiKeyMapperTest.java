package io.inkwell.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.integrations.test.IntegrationRows;
import io.inkwell.integrations.IntegrationsTestApplication;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Every statement of {@link ApiKeyMapper} on the real table; writes checked with plain SQL. */
@SpringBootTest(classes = IntegrationsTestApplication.class)
@Transactional
class ApiKeyMapperTest {

    @Autowired
    ApiKeyMapper keys;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noKeys() {
        jdbc.update("delete from api_keys");
    }

    private ApiKeyRow key(String name, String hashDigit, String origins) {
        ApiKeyRow row = new ApiKeyRow(IntegrationRows.orderedId(), name, "ink_abcdefgh", hashDigit.repeat(64), origins, null, null, null);
        keys.insert(row);
        return row;
    }

    private Instant lastUsed(UUID id) {
        Timestamp at = jdbc.queryForObject("select last_used_at from api_keys where id = ?", Timestamp.class, id);
        return at == null ? null : at.toInstant();
    }

    @Test
    void keysAreStoredWithTheirOriginsAndListedLiveOnesFirstNewestFirst() {
        ApiKeyRow first = key("First", "a", "https://a.example http://localhost:3000");
        ApiKeyRow second = key("Second", "b", "");
        ApiKeyRow third = key("Third", "c", "");
        keys.revoke(third.id());

        assertThat(keys.selectAll()).extracting(ApiKeyRow::name).containsExactly("Second", "First", "Third");
        ApiKeyRow stored = keys.selectById(first.id()).orElseThrow();
        assertThat(stored.allowedOrigins()).isEqualTo("https://a.example http://localhost:3000");
        assertThat(stored.createdAt()).isNotNull();
        assertThat(jdbc.queryForObject("select cardinality(allowed_origins) from api_keys where id = ?", Integer.class, first.id()))
                .isEqualTo(2);
        assertThat(keys.selectById(second.id()).orElseThrow().allowedOrigins()).isEmpty();
        assertThat(keys.selectById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void revokingMarksTheKeyOnce() {
        ApiKeyRow key = key("Key", "a", "");

        assertThat(keys.revoke(key.id())).isEqualTo(1);
        Instant revokedAt = keys.selectById(key.id()).orElseThrow().revokedAt();
        assertThat(keys.revoke(key.id())).as("already revoked").isZero();

        assertThat(revokedAt).isNotNull();
        assertThat(keys.selectById(key.id()).orElseThrow().revokedAt()).isEqualTo(revokedAt);
    }

    @Test
    void aLiveKeyIsFoundByItsDigestAndItsUseRecordedAtMostOnceAMinute() {
        ApiKeyRow key = key("Key", "a", "https://a.example");

        assertThat(keys.selectLiveAndTouch("a".repeat(64))).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(key.id());
            assertThat(found.allowedOrigins()).isEqualTo("https://a.example");
        });
        Instant firstUse = lastUsed(key.id());
        assertThat(firstUse).isNotNull();

        jdbc.update("update api_keys set last_used_at = now() - interval '30 seconds' where id = ?", key.id());
        Instant recent = lastUsed(key.id());
        keys.selectLiveAndTouch("a".repeat(64));
        assertThat(lastUsed(key.id())).as("used 30 s ago: not written again").isEqualTo(recent);

        jdbc.update("update api_keys set last_used_at = now() - interval '2 minutes' where id = ?", key.id());
        Instant old = lastUsed(key.id());
        keys.selectLiveAndTouch("a".repeat(64));
        assertThat(lastUsed(key.id())).as("used 2 minutes ago: written").isAfter(old);
    }

    @Test
    void unknownAndRevokedKeysAreNotFoundAndNotTouched() {
        ApiKeyRow key = key("Key", "a", "");
        keys.revoke(key.id());

        assertThat(keys.selectLiveAndTouch("a".repeat(64))).isEmpty();
        assertThat(keys.selectLiveAndTouch("f".repeat(64))).isEmpty();
        assertThat(lastUsed(key.id())).isNull();
    }

    @Test
    void anOriginIsAllowedWhenSomeLiveKeyListsIt() {
        key("Live", "a", "https://a.example https://b.example");
        ApiKeyRow revoked = key("Revoked", "b", "https://c.example");
        keys.revoke(revoked.id());

        assertThat(keys.existsLiveWithOrigin("https://b.example")).isTrue();
        assertThat(keys.existsLiveWithOrigin("https://c.example")).as("only a revoked key lists it").isFalse();
        assertThat(keys.existsLiveWithOrigin("https://evil.example")).isFalse();
    }
}
