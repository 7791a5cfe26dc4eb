package io.inkwell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure holds: each context's {@code internal} package (mappers, rows, services) is
 * invisible to other modules, and no cycles run between modules. The build also writes the module
 * diagrams (PlantUML, C4 style) and one canvas per module into {@code web-app/target/spring-modulith-docs}.
 */
class ModularityTests {

    static final Path DOCUMENTATION = Path.of("target", "spring-modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(InkwellApplication.class, new ProductionClasses());

    @Test
    void modulesOnlyUseEachOthersPublicApis() {
        modules.verify();
    }

    /** The integrations context hears of posts only through their events, and nothing depends on it but the web app. */
    @Test
    void integrationsListenToThePostsEventsOnly() {
        ApplicationModule integrations = modules.getModuleByName("integrations").orElseThrow();

        assertThat(integrations.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
                .containsExactlyInAnyOrder("db", "users", "posts");
        assertThat(modules.stream().filter(module -> !module.getName().equals("integrations"))
                .filter(module -> module.getDirectDependencies(modules).contains(integrations)).map(ApplicationModule::getName))
                .containsOnly("web");
    }

    @Test
    void writesTheModuleDiagramsAndCanvases() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION.toString()))
                .writeDocumentation();

        try (Stream<Path> files = Files.list(DOCUMENTATION)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .contains("components.puml", "module-posts.puml", "module-comments.adoc");
        }
    }
}
