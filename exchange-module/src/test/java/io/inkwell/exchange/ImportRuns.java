package io.inkwell.exchange;

import io.inkwell.users.Actor;
import java.time.Duration;
import java.time.Instant;

/** Waits for the background import to end, as an admin watching the import page would. */
final class ImportRuns {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private ImportRuns() {
    }

    static ImportRun awaitEnd(WordPressImport imports, Actor admin) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            ImportRun run = imports.latest(admin).orElseThrow();
            if (!run.status().isRunning()) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The import did not end within " + PATIENCE);
    }
}
