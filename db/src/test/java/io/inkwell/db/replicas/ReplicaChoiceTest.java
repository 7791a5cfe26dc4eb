package io.inkwell.db.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.ReplicaStatus.State;
import io.inkwell.db.test.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a read goes and how far behind a replica is, from real WAL positions, with no server asked. */
class ReplicaChoiceTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final long FRESH = 2 * SECOND;
    private static final WalPosition WRITTEN = WalPosition.parse("16/B374D848");

    private final ReplicaSet set = new ReplicaSet(List.of("jdbc:postgresql://127.0.0.1:1/unused"), Duration.ofSeconds(5),
            Duration.ofMillis(250), connection -> null);

    @Test
    void aReplicaThatReplayedTheWriteServesTheRead() {
        List<Replica.Seen> seen = List.of(inUse("16/B374D848", 0));

        assertThat(ReplicaSet.choose(seen, WRITTEN, 0, FRESH, 0)).isZero();
    }

    @Test
    void aReplicaOneByteShortOfTheWriteDoesNotAndThePrimaryServes() {
        List<Replica.Seen> seen = List.of(inUse("16/B374D847", 0));

        assertThat(ReplicaSet.choose(seen, WRITTEN, 0, FRESH, 0)).isEqualTo(-1);
    }

    @Test
    void theNextReplicaThatHasTheWriteIsTaken() {
        List<Replica.Seen> seen = List.of(inUse("16/0", 0), inUse("17/0", 0));

        assertThat(ReplicaSet.choose(seen, WRITTEN, 0, FRESH, 0)).isEqualTo(1);
    }

    @Test
    void readsTakeTurns() {
        List<Replica.Seen> seen = List.of(inUse("17/0", 0), inUse("17/0", 0));

        assertThat(ReplicaSet.choose(seen, WRITTEN, 0, FRESH, 0)).isZero();
        assertThat(ReplicaSet.choose(seen, WRITTEN, 0, FRESH, 1)).isEqualTo(1);
    }

    @Test
    void downLaggingAndNotAReplicaAreSkipped() {
        List<Replica.Seen> seen = List.of(new Replica.Seen(State.DOWN, null, null, "refused", 0),
                new Replica.Seen(State.LAGGING, WalPosition.parse("17/0"), Duration.ofSeconds(9), "behind", 0),
                new Replica.Seen(State.NOT_A_REPLICA, null, null, "primary", 0));

        assertThat(ReplicaSet.choose(seen, WalPosition.ZERO, 0, FRESH, 0)).isEqualTo(-1);
    }

    @Test
    void aReadingTheMonitorHasNotRenewedIsNotTrusted() {
        List<Replica.Seen> seen = List.of(inUse("17/0", 0));

        assertThat(ReplicaSet.choose(seen, WRITTEN, FRESH + 1, FRESH, 0)).isEqualTo(-1);
    }

    @Test
    void aReplicaWithAllThePrimaryHadAtTheLastSampleHasNoLag() {
        set.primaryHistoryForTest().record(0, WalPosition.parse("16/B374D848"));

        Replica.Seen seen = set.judge(reading("16/B374D848", "16/B374D848", Duration.ofHours(2)), SECOND);

        assertThat(seen.state()).isEqualTo(State.IN_USE);
        assertThat(seen.lag()).isZero();
    }

    @Test
    void aReplicaIsBehindSinceThePrimaryWasFirstSeenPastIt() {
        set.primaryHistoryForTest().record(0, WalPosition.parse("16/0"));
        set.primaryHistoryForTest().record(SECOND, WalPosition.parse("16/10"));
        set.primaryHistoryForTest().record(7 * SECOND, WalPosition.parse("16/20"));

        Replica.Seen behindSinceOneSecond = set.judge(reading("16/0", "16/20", null), 7 * SECOND);
        Replica.Seen behindSinceSeven = set.judge(reading("16/10", "16/20", null), 7 * SECOND);

        assertThat(behindSinceOneSecond.state()).isEqualTo(State.LAGGING);
        assertThat(behindSinceOneSecond.lag()).isEqualTo(Duration.ofSeconds(6));
        assertThat(behindSinceSeven.state()).isEqualTo(State.IN_USE);
        assertThat(behindSinceSeven.lag()).isZero();
    }

    @Test
    void withoutThePrimaryAReplicaWithNothingPendingHasNoLagHoweverOldItsLastTransaction() {
        Replica.Seen quiet = set.judge(reading("16/20", "16/20", Duration.ofHours(2)), SECOND);
        Replica.Seen replaying = set.judge(reading("16/10", "16/20", Duration.ofSeconds(9)), SECOND);
        Replica.Seen unknown = set.judge(reading("16/10", "16/20", null), SECOND);

        assertThat(quiet.state()).isEqualTo(State.IN_USE);
        assertThat(quiet.lag()).isZero();
        assertThat(replaying.state()).isEqualTo(State.LAGGING);
        assertThat(replaying.lag()).isEqualTo(Duration.ofSeconds(9));
        assertThat(unknown.state()).isEqualTo(State.LAGGING);
        assertThat(unknown.lag()).isNull();
    }

    @Test
    void thePrimaryItselfIsNotAReplica() throws Exception {
        try (Connection primary = TestDatabase.get().connect()) {
            ReplicaProbe.Reading reading = new PostgresReplicaProbe().read(primary);

            assertThat(reading.replayed()).isNull();
            assertThat(set.judge(reading, 0).state()).isEqualTo(State.NOT_A_REPLICA);
        }
    }

    @Test
    void aShownUrlHasNoPassword() {
        assertThat(Replica.withoutPassword("jdbc:postgresql://db2:5432/inkwell?user=reader&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db2:5432/inkwell?user=reader&password=***&ssl=true");
        assertThat(Replica.withoutPassword("jdbc:postgresql://db2/inkwell?PASSWORD=x")).doesNotContain("=x");
    }

    private static Replica.Seen inUse(String replayed, long atNanos) {
        return new Replica.Seen(State.IN_USE, WalPosition.parse(replayed), Duration.ZERO, null, atNanos);
    }

    private static ReplicaProbe.Reading reading(String replayed, String received, Duration sinceLastReplay) {
        return new ReplicaProbe.Reading(WalPosition.parse(replayed), WalPosition.parse(received), sinceLastReplay);
    }
}
