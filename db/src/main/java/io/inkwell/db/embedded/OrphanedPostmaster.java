package io.inkwell.db.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed without shutting down leaves its PostgreSQL running on the data directory. Called only
 * while we hold the {@link DataDirectoryLock}, so any live postmaster found there is such an orphan.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path postgresDataDirectory, Duration patience) {
        Optional<ProcessHandle> postmaster = find(postgresDataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("Stopping the PostgreSQL (pid {}) left running on {} by an Inkwell that did not shut down",
                process.pid(), postgresDataDirectory);
        // SIGTERM is PostgreSQL's "smart" shutdown: it finishes cleanly, and the orphan has no clients left.
        process.destroy();
        try {
            process.onExit().get(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The PostgreSQL (pid " + process.pid() + ") left running on "
                    + postgresDataDirectory + " did not stop within " + patience + "; stop it by hand.", e);
        }
    }

    static Optional<ProcessHandle> find(Path postgresDataDirectory) {
        Path pidFile = postgresDataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanedPostmaster::isPostgres);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }
}
