package io.inkwell.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The signed text is the timestamp, a dot and the body; the HMAC is the standard one. */
    @Test
    void theSignatureIsTheHmacOfTheTimestampADotAndTheBody() {
        assertThat(WebhookSignature.header("whsec_test", 1_700_000_000L, "{\"a\":1}"))
                .isEqualTo("t=1700000000,v1=" + WebhookSignature.hmac("whsec_test", "1700000000.{\"a\":1}"));
        assertThat(WebhookSignature.hmac("key", "The quick brown fox jumps over the lazy dog"))
                .as("the widely quoted HMAC-SHA256 example (key \"key\")")
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void anotherSecretOrTimeGivesAnotherSignature() {
        String signed = WebhookSignature.header("whsec_one", 1L, "{}");
        assertThat(WebhookSignature.header("whsec_two", 1L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.header("whsec_one", 2L, "{}").substring(4)).isNotEqualTo(signed.substring(4));
    }
}
