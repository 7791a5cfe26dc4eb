package io.inkwell.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.Refusal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefusalJsonTest {

    @Test
    void aRefusalComesBackWithItsCodeEnglishAndArgumentsOfTheirKinds() {
        Instant scheduled = Instant.parse("2030-03-02T14:05:00Z");
        Refusal inner = Refusal.of("refused.account.nameInvalid", "Enter a name of 1 to {0} characters.", 80);
        Refusal refusal = Refusal.of("refused.test.all", "{0} {1} {2} {3} {4} {5}", 12, 5_000_000_000L, "it''s \"quoted\"",
                scheduled, inner, null);

        Refusal back = RefusalJson.read(RefusalJson.write(refusal));

        assertThat(back.code()).isEqualTo("refused.test.all");
        assertThat(back.getDefaultMessage()).isEqualTo("{0} {1} {2} {3} {4} {5}");
        assertThat(back.getArguments()).containsExactly(12, 5_000_000_000L, "it''s \"quoted\"", scheduled, inner, null);
        assertThat(back.english()).isEqualTo(refusal.english());
    }

    @Test
    void aRefusalWithoutArgumentsIsKeptAsWritten() {
        Refusal refusal = Refusal.of("refused.import.spam", "WordPress marked it as spam.");

        assertThat(RefusalJson.read(RefusalJson.write(refusal))).isEqualTo(refusal);
        assertThat(RefusalJson.write(refusal)).isEqualTo(
                "{\"code\":\"refused.import.spam\",\"english\":\"WordPress marked it as spam.\",\"arguments\":[]}");
    }
}
