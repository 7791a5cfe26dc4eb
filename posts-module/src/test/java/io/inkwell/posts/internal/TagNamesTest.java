package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.InvalidPostException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagNamesTest {

    @Test
    void whitespaceAndControlCharactersBecomeOneSpaceAndTheEndsAreTrimmed() {
        assertThat(TagNames.clean("  machine \t\n learning  ")).isEqualTo("machine learning");
        assertThat(TagNames.clean("no\u00A0break\u2028line\u2029para\u0085next\u007Fdel\u0090c1")).isEqualTo("no break line para next del c1");
        assertThat(TagNames.clean("\u3000wide\u3000")).isEqualTo("wide");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u2028", "\u007F\u0085", "\t"})
    void nothingButSpaceIsNoName(String typed) {
        assertThat(TagNames.clean(typed)).isNull();
        assertThat(TagNames.problemWith(TagNames.clean(typed)).english()).isEqualTo("A tag needs a name.");
    }

    @Test
    void aNameIsAtMostFiftyCharactersAndHoldsNoComma() {
        assertThat(TagNames.problemWith("x".repeat(50))).isNull();
        assertThat(TagNames.problemWith("x".repeat(51)).english()).contains("at most 50 characters");
        assertThat(TagNames.problemWith("a,b").english()).contains("comma");
    }

    @Test
    void aPostsNamesKeepTheirFirstSpellingAndOrderWithoutRepeatsOrBlanks() {
        assertThat(TagNames.forPost(Arrays.asList("Java", " ", "kotlin", "JAVA", "", "Kotlin ", "Go")))
                .containsExactly("Java", "kotlin", "Go");
    }

    @Test
    void aPostOverTheLimitsIsAFieldErrorOfTheTags() {
        List<String> eleven = java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "t" + i).toList();

        assertThatThrownBy(() -> TagNames.forPost(eleven)).isInstanceOf(InvalidPostException.class)
                .hasMessage("A post can have at most 10 tags; this one has 11.")
                .extracting("field").isEqualTo(TagNames.FIELD);
        assertThatThrownBy(() -> TagNames.forPost(List.of("y".repeat(51)))).isInstanceOf(InvalidPostException.class)
                .extracting("field").isEqualTo(TagNames.FIELD);
    }
}
