package io.inkwell.db.replicas;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * What a replica says about its replay, in one statement. The monitor asks it every poll; tests that stand in
 * a plain database for a replica give their own probe, which says what a real replica would.
 */
@FunctionalInterface
public interface ReplicaProbe {

    /**
     * {@code replayed} is null on a server that is not in recovery; {@code received} may be null (nothing
     * streamed since start); {@code sinceLastReplay} is {@code now() - pg_last_xact_replay_timestamp()}, null
     * before the first replayed transaction.
     */
    record Reading(WalPosition replayed, WalPosition received, Duration sinceLastReplay) {
    }

    Reading read(Connection replica) throws SQLException;
}
