package io.inkwell.db.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.test.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalPositionTest {

    private static final List<String> POSITIONS = List.of("0/0", "0/16B3748", "0/FFFFFFFF", "1/0", "16/B374D848",
            "16/B374D849", "FF/0", "FFFFFFFF/FFFFFFFF");

    @Test
    void positionsOrderAsPostgresOrdersPgLsn() throws Exception {
        try (Connection connection = TestDatabase.get().connect();
                PreparedStatement compare = connection.prepareStatement("select sign(?::pg_lsn - ?::pg_lsn)::int")) {
            for (String a : POSITIONS) {
                for (String b : POSITIONS) {
                    compare.setString(1, a);
                    compare.setString(2, b);
                    try (ResultSet row = compare.executeQuery()) {
                        row.next();
                        assertThat(Integer.signum(WalPosition.parse(a).compareTo(WalPosition.parse(b))))
                                .as("%s vs %s", a, b).isEqualTo(row.getInt(1));
                    }
                }
            }
        }
    }

    @Test
    void thePrimarysCurrentPositionParsesAndPrintsAsPostgresWritesIt() throws Exception {
        try (Connection connection = TestDatabase.get().connect();
                ResultSet row = connection.createStatement().executeQuery("select pg_current_wal_insert_lsn()::text")) {
            row.next();
            String lsn = row.getString(1);
            assertThat(WalPosition.parse(lsn).toString()).isEqualTo(lsn);
        }
    }

    @Test
    void aTokenComesBackAsTheSamePosition() {
        WalPosition position = WalPosition.parse("16/B374D848");

        assertThat(WalPosition.fromToken(position.token())).contains(position);
        assertThat(WalPosition.fromToken(WalPosition.parse("FFFFFFFF/FFFFFFFF").token())).isPresent();
    }

    @Test
    void aTokenAClientMadeUpIsNoToken() {
        assertThat(WalPosition.fromToken(null)).isEmpty();
        assertThat(WalPosition.fromToken("")).isEmpty();
        assertThat(WalPosition.fromToken("16/B374D848")).isEmpty();
        assertThat(WalPosition.fromToken("not-hex")).isEmpty();
        assertThat(WalPosition.fromToken("1234567890abcdef0")).isEmpty();
    }

    @Test
    void textThatIsNoPgLsnIsRefused() {
        assertThatThrownBy(() -> WalPosition.parse("16B374D848")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WalPosition.parse("1/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WalPosition.parse("100000000/0")).isInstanceOf(IllegalArgumentException.class);
    }
}
