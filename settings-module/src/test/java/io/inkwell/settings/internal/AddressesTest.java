package io.inkwell.settings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://img.example/logo.png", "http://example.org", "HTTPS://Example.org/a?b=c#d", "/",
        "/media/icon.png", "/about?x=1"})
    void webAddressesAndPathsOfTheSiteAreTaken(String address) {
        assertThat(Addresses.isAllowed(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "//evil.example",
        "/\\evil.example", "https://", "https:///x", "ftp://example.org", "logo.png", "/a b", "/a\tb", "/a\u0000b",
        "https://a\\b.example", "/\u2028x", "mailto:ada@example.org"})
    void everyOtherAddressIsRefused(String address) {
        assertThat(Addresses.isAllowed(address)).isFalse();
    }
}
