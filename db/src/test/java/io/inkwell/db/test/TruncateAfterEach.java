package io.inkwell.db.test;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Empties the {@link TestDatabase} after each test, for tests that commit (web tests, races between
 * transactions) and so cannot roll back: {@code @ExtendWith(TruncateAfterEach.class)}. It runs after the
 * test's own {@code @AfterEach} methods.
 */
public final class TruncateAfterEach implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        TestDatabase.get().truncateAll();
    }
}
