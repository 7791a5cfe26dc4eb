package io.inkwell.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetTokensTest {

    @Test
    void aTokenIsKeptUpToItsLength() {
        assertThat(KeysetTokens.bounded("abc", 3)).contains("abc");
        assertThat(KeysetTokens.bounded("abcd", 3)).isEmpty();
        assertThat(KeysetTokens.bounded("", 3)).isEmpty();
        assertThat(KeysetTokens.bounded(null, 3)).isEmpty();
    }

    @Test
    void instantsAreReadWithinWhatPostgresqlStores() {
        assertThat(KeysetTokens.instant("2026-01-02T03:04:05.123456Z")).contains(Instant.parse("2026-01-02T03:04:05.123456Z"));
        assertThat(KeysetTokens.instant(KeysetTokens.EARLIEST.toString())).contains(KeysetTokens.EARLIEST);
        assertThat(KeysetTokens.instant(KeysetTokens.LATEST.toString())).contains(KeysetTokens.LATEST);
    }

    @Test
    void instantsBeyondWhatPostgresqlStoresAreNoPosition() {
        assertThat(KeysetTokens.instant("-1000000000-01-01T00:00:00Z")).isEmpty();
        assertThat(KeysetTokens.instant("+1000000000-12-31T23:59:59.999999999Z")).isEmpty();
        assertThat(KeysetTokens.instant(KeysetTokens.EARLIEST.minusNanos(1).toString())).isEmpty();
        assertThat(KeysetTokens.instant(KeysetTokens.LATEST.plusNanos(1000).toString())).isEmpty();
        assertThat(KeysetTokens.instant("2026-01-01")).isEmpty();
        assertThat(KeysetTokens.instant("yesterday")).isEmpty();
    }

    @Test
    void uuidsAreReadOrRefused() {
        UUID id = UUID.randomUUID();
        assertThat(KeysetTokens.uuid(id.toString())).contains(id);
        assertThat(KeysetTokens.uuid("not-a-uuid")).isEmpty();
    }
}
