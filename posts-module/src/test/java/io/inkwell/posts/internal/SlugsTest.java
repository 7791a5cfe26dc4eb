package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.PostLimits;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void accentsAreStrippedAndEverythingElseBecomesHyphens() {
        assertThat(Slugs.from("Crème Brûlée: 10 tips!", "post")).isEqualTo("creme-brulee-10-tips");
        assertThat(Slugs.from("  --Hello,   World--  ", "post")).isEqualTo("hello-world");
        assertThat(Slugs.from("Ärger über Öl", "post")).isEqualTo("arger-uber-ol");
    }

    @Test
    void textWithoutLettersOrDigitsGetsTheFallback() {
        assertThat(Slugs.from("!!! ???", "post")).isEqualTo("post");
        assertThat(Slugs.from("日本語", "post")).isEqualTo("post");
        assertThat(Slugs.from(null, "category")).isEqualTo("category");
    }

    @Test
    void longTitlesAreCutWithoutATrailingHyphen() {
        String slug = Slugs.from("word ".repeat(40), "post");
        assertThat(slug.length()).isLessThanOrEqualTo(PostLimits.SLUG_MAX);
        assertThat(slug).doesNotEndWith("-").matches("^[a-z0-9]+(-[a-z0-9]+)*$");
    }

    @Test
    void aClashGetsTheFirstFreeNumber() {
        assertThat(Slugs.firstFree("hello", Set.of())).isEqualTo("hello");
        assertThat(Slugs.firstFree("hello", Set.of("hello"))).isEqualTo("hello-2");
        assertThat(Slugs.firstFree("hello", Set.of("hello", "hello-2", "hello-3"))).isEqualTo("hello-4");
    }
}
