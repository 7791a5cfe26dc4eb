package io.inkwell;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * What the application ships, for the architecture checks: no tests, and none of the test support the
 * modules publish as test-jars (io.inkwell.<module>.test), which ArchUnit's own option would let through
 * because it recognises tests by their class folder only.
 */
final class ProductionClasses implements ImportOption {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    private final ImportOption notTests = new DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return notTests.includes(location) && !location.matches(TEST_JAR);
    }
}
