package io.inkwell.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThreadCursorTest {

    @Test
    void aPathOfWholeBase62SegmentsIsACursor() {
        assertThat(ThreadCursor.parse("0000001")).contains(new ThreadCursor("0000001"));
        assertThat(ThreadCursor.parse("00000aZ0000zz9")).map(ThreadCursor::token).contains("00000aZ0000zz9");
        assertThat(ThreadCursor.parse("0000001".repeat(500))).isPresent();
    }

    @Test
    void anythingElseMeansFromTheStart() {
        assertThat(ThreadCursor.parse(null)).isEmpty();
        assertThat(ThreadCursor.parse("")).isEmpty();
        assertThat(ThreadCursor.parse("000001")).as("a short segment").isEmpty();
        assertThat(ThreadCursor.parse("00000010")).as("a segment and a bit").isEmpty();
        assertThat(ThreadCursor.parse("000000~")).isEmpty();
        assertThat(ThreadCursor.parse("000000%")).isEmpty();
        assertThat(ThreadCursor.parse("0000001' or 1=1")).isEmpty();
        assertThat(ThreadCursor.parse("000000é")).isEmpty();
        assertThat(ThreadCursor.parse("0000001\n")).isEmpty();
        assertThat(ThreadCursor.parse("0000001".repeat(501))).as("deeper than any thread").isEmpty();
        assertThatThrownBy(() -> new ThreadCursor("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
