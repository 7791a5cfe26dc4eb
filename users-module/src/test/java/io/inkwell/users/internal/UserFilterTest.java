package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.Role;
import io.inkwell.users.UserSearch;
import org.junit.jupiter.api.Test;

class UserFilterTest {

    @Test
    void textBecomesALowerCaseContainsPatternWithWildcardsEscaped() {
        assertThat(UserFilter.of(new UserSearch("  Ada_100%\\ ", Role.USER, null)))
                .isEqualTo(new UserFilter("%ada\\_100\\%\\\\%", Role.USER, null));
    }

    @Test
    void blankTextIsNoTextFilterAndLongTextIsCut() {
        assertThat(UserFilter.of(new UserSearch("   ", null, null)).pattern()).isNull();
        assertThat(UserFilter.of(UserSearch.everyone()).pattern()).isNull();
        assertThat(UserFilter.of(new UserSearch("x".repeat(500), null, null)).pattern()).hasSize(UserSearch.MAX_TEXT_LENGTH + 2);
    }

    @Test
    void searchTextIsMadeStorableBeforeItBecomesAPattern() {
        assertThat(UserFilter.of(new UserSearch("a\u0000d\uFFFFa", null, null)).pattern()).isEqualTo("%ada%");
    }
}
