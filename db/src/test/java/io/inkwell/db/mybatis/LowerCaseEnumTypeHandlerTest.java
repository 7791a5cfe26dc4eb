package io.inkwell.db.mybatis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LowerCaseEnumTypeHandlerTest {

    @Test
    void refusesToBeBuiltWithoutAnEnumType() {
        assertThatThrownBy(() -> new LowerCaseEnumTypeHandler<>(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
