package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.users.AccountFieldException;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void namesEmailsAndAvatarsAreMadeStorable() {
        assertThat(AccountRules.name(" Ada\u0000 Love\uFFFFlace ")).isEqualTo("Ada Lovelace");
        assertThat(AccountRules.email("Ada\u0000@Example.com")).isEqualTo("ada@example.com");
        assertThat(AccountRules.avatarUrl("https://example.com/a\u0000.png")).isEqualTo("https://example.com/a.png");
    }

    @Test
    void aNameOfNothingButUnstorableCharactersIsAFieldError() {
        assertThatThrownBy(() -> AccountRules.name("\u0000\uFFFF")).isInstanceOf(AccountFieldException.class)
                .extracting("field").isEqualTo("name");
    }

    @Test
    void passwordsAreTakenAsTyped() {
        assertThat(AccountRules.password("password", "secret\u0000word")).isEqualTo("secret\u0000word");
    }
}
