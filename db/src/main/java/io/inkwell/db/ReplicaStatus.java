package io.inkwell.db;

import java.time.Duration;

/**
 * One read replica as the monitor last saw it. {@code url} has any password taken out; {@code lag} is null when
 * unknown (down, or not a replica); {@code replayed} is the WAL position it has replayed, as PostgreSQL writes it.
 */
public record ReplicaStatus(String url, State state, Duration lag, String replayed, String problem) {

    public enum State {
        /** Serves read-only transactions. */
        IN_USE,
        /** Reachable but further behind than {@code INKWELL_REPLICA_MAX_LAG} (or how far is unknown): skipped. */
        LAGGING,
        /** Not reachable, or its connection broke: skipped until the monitor reaches it again. */
        DOWN,
        /** Answers but is a primary ({@code pg_last_wal_replay_lsn()} is null): never used, a configuration mistake. */
        NOT_A_REPLICA
    }

    public boolean inUse() {
        return state == State.IN_USE;
    }
}
