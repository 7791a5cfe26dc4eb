package io.inkwell.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void ordinaryTextIsKeptAsItIs() {
        String text = "Café – naïve 😀 résumé\tcolumns\nsecond line";
        assertThat(StorableText.clean(text)).isSameAs(text);
    }

    @Test
    void nulAndOtherControlCharactersAreDropped() {
        assertThat(StorableText.clean("a\u0000b\u0001c\u0002d\u001be\u0007f")).isEqualTo("abcdef");
    }

    @Test
    void tabAndNewlineStayAndCarriageReturnsBecomeNewlines() {
        assertThat(StorableText.clean("one\r\ntwo\rthree\nfour\tfive")).isEqualTo("one\ntwo\nthree\nfour\tfive");
        assertThat(StorableText.clean("\r\r\n")).isEqualTo("\n\n");
    }

    @Test
    void nonCharactersAndUnpairedSurrogatesAreDropped() {
        assertThat(StorableText.clean("a\uFFFEb\uFFFFc")).isEqualTo("abc");
        assertThat(StorableText.clean("lone \uD83D high")).isEqualTo("lone  high");
        assertThat(StorableText.clean("lone \uDE00 low")).isEqualTo("lone  low");
        assertThat(StorableText.clean("ends with \uD83D")).isEqualTo("ends with ");
        assertThat(StorableText.clean("pair \uD83D\uDE00 kept\u0000")).isEqualTo("pair 😀 kept");
    }

    @Test
    void blankAfterCleaningIsNull() {
        assertThat(StorableText.blankToNull("\u0000 \uFFFF ")).isNull();
        assertThat(StorableText.blankToNull(null)).isNull();
        assertThat(StorableText.blankToNull("  a\u0000b  ")).isEqualTo("ab");
        assertThat(StorableText.clean(null)).isNull();
    }
}
