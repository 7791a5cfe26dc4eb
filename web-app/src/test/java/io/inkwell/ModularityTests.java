package io.inkwell;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module structure holds: each context's {@code internal} package (mappers, rows, services) is
 * invisible to other modules, and no cycles run between modules.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(InkwellApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApis() {
        modules.verify();
    }
}
