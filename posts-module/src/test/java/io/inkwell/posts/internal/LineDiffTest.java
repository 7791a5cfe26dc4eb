package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.DiffLine;
import io.inkwell.posts.DiffLine.Change;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void aChangedLineIsRemovedThenAddedBetweenItsUnchangedNeighbours() {
        List<DiffLine> lines = LineDiff.between(List.of("a", "b", "c"), List.of("a", "B", "c"));

        assertThat(lines).containsExactly(
                new DiffLine(Change.UNCHANGED, "a", 1, 1, 0),
                new DiffLine(Change.REMOVED, "b", 2, 0, 0),
                new DiffLine(Change.ADDED, "B", 0, 2, 0),
                new DiffLine(Change.UNCHANGED, "c", 3, 3, 0));
    }

    @Test
    void longRunsOfUnchangedLinesFarFromAChangeAreFoldedIntoOneLineThatCountsThem() {
        List<String> older = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            older.add("line " + i);
        }
        List<String> newer = new ArrayList<>(older);
        newer.set(9, "changed 10");

        List<DiffLine> lines = LineDiff.between(older, newer);

        assertThat(lines.get(0)).isEqualTo(new DiffLine(Change.SKIPPED, "", 1, 1, 6));
        assertThat(lines).filteredOn(line -> line.change() == Change.UNCHANGED).hasSize(2 * LineDiff.CONTEXT);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(new DiffLine(Change.SKIPPED, "", 14, 14, 7));
    }

    @Test
    void identicalTextsAreOneSkippedRunAndAnAdditionAtTheEndHasNoOldNumber() {
        assertThat(LineDiff.between(List.of("x", "y", "z", "w", "v"), List.of("x", "y", "z", "w", "v")))
                .containsExactly(new DiffLine(Change.SKIPPED, "", 1, 1, 5));
        assertThat(LineDiff.between(List.of("x"), List.of("x", "y")))
                .containsExactly(new DiffLine(Change.UNCHANGED, "x", 1, 1, 0), new DiffLine(Change.ADDED, "y", 0, 2, 0));
    }
}
