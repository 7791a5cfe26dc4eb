package io.inkwell.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.integrations.InvalidIntegrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OriginsTest {

    @Test
    void originsAreWrittenAsBrowsersSendThem() {
        assertThat(Origins.parse("https://App.Example.com/\nhttp://localhost:3000, https://example.org:443 http://example.net:80"))
                .containsExactly("https://app.example.com", "http://localhost:3000", "https://example.org", "http://example.net");
    }

    @Test
    void nothingTypedIsNoOriginAndRepeatsCountOnce() {
        assertThat(Origins.parse("  \n ")).isEmpty();
        assertThat(Origins.parse(null)).isEmpty();
        assertThat(Origins.parse("https://a.example https://A.example/")).containsExactly("https://a.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.example.com", "ftp://files.example", "https://a.example/path", "https://a.example?x=1",
        "https://user@a.example", "*", "javascript:alert(1)", "https://a.example#top"})
    void whatIsNotAnOriginIsRefusedOnTheField(String typed) {
        assertThatThrownBy(() -> Origins.parse(typed)).isInstanceOfSatisfying(InvalidIntegrationException.class,
                e -> assertThat(e.field()).isEqualTo("allowedOrigins"));
    }

    @Test
    void atMostTwentyOrigins() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append("https://site-").append(i).append(".example\n");
        }
        assertThatThrownBy(() -> Origins.parse(many.toString())).hasMessage("A key can allow at most 20 origins; this one names 21.");
    }
}
