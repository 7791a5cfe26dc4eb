package io.inkwell.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.integrations.InvalidIntegrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only literal addresses and names under .invalid (which never resolve) are used: nothing leaves this machine. */
class WebhookUrlsTest {

    @Test
    void aPublicHttpOrHttpsAddressIsTakenAsTyped() {
        assertThat(WebhookUrls.checked(" https://hooks.example.invalid/inkwell?team=7 ", false))
                .isEqualTo("https://hooks.example.invalid/inkwell?team=7");
        assertThat(WebhookUrls.checked("http://93.184.216.34:8080/hook", false)).isEqualTo("http://93.184.216.34:8080/hook");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ftp://hooks.example.invalid/x | http:// or https://",
        "file:///etc/passwd | http:// or https://",
        "javascript:alert(1) | http:// or https://",
        "https://user:secret@hooks.example.invalid/x | user name and password",
        "https://token@hooks.example.invalid/x | user name and password",
        "https://hooks.example.invalid/x#part | #fragment",
        "https:///no-host | no host",
        "https://hooks.example.invalid/a b | not a web address",
        "'' | Give the address",
        "http://127.0.0.1:8080/hook | private network or to this server (127.0.0.1)",
        "http://localhost/hook | private network or to this server",
        "http://10.1.2.3/hook | (10.1.2.3)",
        "http://192.168.0.10/hook | (192.168.0.10)",
        "http://169.254.169.254/latest/meta-data | (169.254.169.254)",
        "http://[::1]:9000/hook | private network",
        "http://[fd00::1]/hook | private network"})
    void badAddressesAreRefusedBesideTheField(String url, String message) {
        assertThatThrownBy(() -> WebhookUrls.checked(url, false)).isInstanceOfSatisfying(InvalidIntegrationException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("url");
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void privateAddressesAreTakenWhenAllowed() {
        assertThat(WebhookUrls.checked("http://127.0.0.1:8080/hook", true)).isEqualTo("http://127.0.0.1:8080/hook");
        assertThatThrownBy(() -> WebhookUrls.checked("https://user:pw@127.0.0.1/x", true)).hasMessageContaining("password");
    }

    @Test
    void anOverLongAddressIsRefusedWithItsLimit() {
        assertThatThrownBy(() -> WebhookUrls.checked("https://hooks.example.invalid/" + "x".repeat(2000), false))
                .isInstanceOfSatisfying(InvalidIntegrationException.class, e -> {
                    assertThat(e.refusal().code()).isEqualTo("refused.webhook.urlTooLong");
                    assertThat(e.refusal().getArguments()).containsExactly(2000);
                    assertThat(e.getMessage()).isEqualTo("An address can be at most 2,000 characters long.");
                });
    }
}
