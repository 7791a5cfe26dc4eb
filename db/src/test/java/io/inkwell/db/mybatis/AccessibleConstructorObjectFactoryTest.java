package io.inkwell.db.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.reflection.ReflectionException;
import org.junit.jupiter.api.Test;

class AccessibleConstructorObjectFactoryTest {

    private record HiddenRow(String name, int count) {
        HiddenRow {
            if (count < 0) {
                throw new IllegalArgumentException("count below zero");
            }
        }
    }

    private final AccessibleConstructorObjectFactory factory = new AccessibleConstructorObjectFactory();

    @Test
    void buildsRowsWhoseConstructorIsNotPublicAgainAndAgain() {
        List<Class<?>> types = new ArrayList<>(List.of(String.class, int.class));

        HiddenRow first = factory.create(HiddenRow.class, types, List.of("a", 1));
        types.set(0, Object.class); // the caller reusing its list must not change what was looked up
        HiddenRow second = factory.create(HiddenRow.class, List.of(String.class, int.class), List.of("b", 2));

        assertThat(first).isEqualTo(new HiddenRow("a", 1));
        assertThat(second).isEqualTo(new HiddenRow("b", 2));
    }

    @Test
    void interfacesGetTheDefaultImplementations() {
        assertThat(factory.create(List.class)).isInstanceOf(ArrayList.class);
    }

    @Test
    void aConstructorThatIsMissingIsNamedInTheError() {
        assertThatThrownBy(() -> factory.create(HiddenRow.class, List.of(String.class), List.of("a")))
                .isInstanceOf(ReflectionException.class)
                .hasMessageContaining(HiddenRow.class.getName())
                .hasMessageContaining("no constructor taking [class java.lang.String]");
    }

    @Test
    void aConstructorThatRefusesItsValuesPassesTheReasonOn() {
        assertThatThrownBy(() -> factory.create(HiddenRow.class, List.of(String.class, int.class), List.of("a", -1)))
                .isInstanceOf(ReflectionException.class)
                .hasMessageContaining("count below zero")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesOfTheWrongTypeAreNamedInTheError() {
        assertThatThrownBy(() -> factory.create(HiddenRow.class, List.of(String.class, int.class), List.of("a", "b")))
                .isInstanceOf(ReflectionException.class)
                .hasMessageContaining("values [a, b]");
    }
}
