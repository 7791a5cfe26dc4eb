package io.inkwell.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersionSevenWithTheCurrentTimeInFront() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnes() throws InterruptedException {
        UUID first = TimeOrderedIds.next();
        Thread.sleep(2);
        UUID second = TimeOrderedIds.next();
        assertThat(Long.compareUnsigned(second.getMostSignificantBits(), first.getMostSignificantBits())).isPositive();
    }

    @Test
    void idsDoNotRepeat() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.next());
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void idsMadeOneAfterAnotherSortInTheOrderTheyWereMadeAsTheDatabaseSortsThem() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(TimeOrderedIds.next().toString());
        }
        assertThat(made).isSorted().doesNotHaveDuplicates();
    }
}
