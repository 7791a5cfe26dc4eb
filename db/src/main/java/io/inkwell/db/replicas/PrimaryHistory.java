package io.inkwell.db.replicas;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The primary's WAL position as the monitor saw it, poll after poll, for the last few lag limits. A replica's lag is
 * measured against it: a replica that has replayed up to R is behind since the first time the primary was seen past
 * R. Both times are this JVM's clock, so no server clock (nor a quiet primary, where
 * {@code pg_last_xact_replay_timestamp()} grows old although nothing is pending) misleads it.
 */
final class PrimaryHistory {

    private record Sample(long atNanos, WalPosition position) {
    }

    private final Deque<Sample> samples = new ArrayDeque<>();
    private final long keepNanos;
    private final long freshNanos;

    /** Keeps samples for {@code keep}; with none newer than {@code fresh} it cannot say (the primary is unreachable). */
    PrimaryHistory(Duration keep, Duration fresh) {
        this.keepNanos = keep.toNanos();
        this.freshNanos = fresh.toNanos();
    }

    synchronized void record(long atNanos, WalPosition position) {
        samples.addLast(new Sample(atNanos, position));
        while (!samples.isEmpty() && atNanos - samples.peekFirst().atNanos() > keepNanos) {
            samples.removeFirst();
        }
    }

    /**
     * How long a replica that has replayed up to {@code replayed} has been behind at {@code nowNanos}: zero when it
     * has what the primary had at the last sample; null when there is no fresh sample to compare with.
     */
    synchronized Duration lagOf(WalPosition replayed, long nowNanos) {
        Sample newest = samples.peekLast();
        if (newest == null || nowNanos - newest.atNanos() > freshNanos) {
            return null;
        }
        if (replayed.isAtLeast(newest.position())) {
            return Duration.ZERO;
        }
        for (Iterator<Sample> oldestFirst = samples.iterator(); oldestFirst.hasNext(); ) {
            Sample sample = oldestFirst.next();
            if (!replayed.isAtLeast(sample.position())) {
                return Duration.ofNanos(nowNanos - sample.atNanos());
            }
        }
        return Duration.ZERO;
    }
}
