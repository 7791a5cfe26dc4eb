package io.inkwell;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.inkwell.users.test.UserRows;
import org.apache.ibatis.annotations.Mapper;
import org.junit.jupiter.api.Test;

/**
 * What Spring Modulith does not say by itself: where mappers live and who may touch them, and that Spring
 * Security belongs to the web layer.
 */
class ArchitectureTest {

    private final JavaClasses inkwell = new ClassFileImporter()
            .withImportOption(new ProductionClasses())
            .importPackages("io.inkwell");

    /** The modules' test-jars are on this class path, UserRows among them: fixtures are not held to these rules. */
    @Test
    void theModulesTestSupportIsLeftOutOfTheChecks() {
        assertThat(inkwell.containPackage(UserRows.class.getPackageName())).isFalse();
        assertThat(inkwell.containPackage("io.inkwell.users")).isTrue();
    }

    @Test
    void mappersAreInternalAndPackagePrivate() {
        classes().that().areAnnotatedWith(Mapper.class)
                .should().resideInAPackage("io.inkwell.*.internal..")
                .andShould().notBePublic()
                .check(inkwell);
    }

    @Test
    void webCodeSeesModuleApisOnly() {
        noClasses().that().resideInAPackage("io.inkwell.web..")
                .should().dependOnClassesThat().resideInAPackage("io.inkwell.*.internal..")
                .orShould().dependOnClassesThat().areAnnotatedWith(Mapper.class)
                .check(inkwell);
    }

    /** Contexts know who acts through their own {@code Actor}; only password hashing is borrowed from Spring Security. */
    @Test
    void onlyTheWebLayerUsesSpringSecurityBeyondPasswordHashing() {
        noClasses().that().resideOutsideOfPackage("io.inkwell.web..")
                .should().dependOnClassesThat(resideInAPackage("org.springframework.security..")
                        .and(not(resideInAPackage("org.springframework.security.crypto.."))))
                .check(inkwell);
    }

    @Test
    void contextsDoNotReachIntoEachOthersInternals() {
        for (String context : new String[] {"users", "posts", "comments", "settings", "media", "mail", "integrations", "exchange"}) {
            noClasses().that().resideOutsideOfPackage("io.inkwell." + context + "..")
                    .should().dependOnClassesThat().resideInAPackage("io.inkwell." + context + ".internal..")
                    .check(inkwell);
        }
    }
}
