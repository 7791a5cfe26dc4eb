package io.inkwell.db.replicas;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** Asks a streaming replica (PostgreSQL's own functions, all null on a primary) where its replay stands. */
final class PostgresReplicaProbe implements ReplicaProbe {

    static final String QUERY = """
            select pg_last_wal_replay_lsn()::text,
                   pg_last_wal_receive_lsn()::text,
                   (extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000)::bigint""";

    @Override
    public Reading read(Connection replica) throws SQLException {
        try (Statement statement = replica.createStatement(); ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            String replayed = row.getString(1);
            String received = row.getString(2);
            long millis = row.getLong(3);
            Duration sinceLastReplay = row.wasNull() ? null : Duration.ofMillis(Math.max(0, millis));
            return new Reading(replayed == null ? null : WalPosition.parse(replayed),
                    received == null ? null : WalPosition.parse(received), sinceLastReplay);
        }
    }
}
