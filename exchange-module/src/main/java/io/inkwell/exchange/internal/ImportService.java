package io.inkwell.exchange.internal;

import io.inkwell.exchange.ImportAlreadyRunningException;
import io.inkwell.exchange.ImportRun;
import io.inkwell.exchange.SkippedItem;
import io.inkwell.exchange.WordPressImport;
import io.inkwell.db.Refusal;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Starts imports on a thread of their own (one at a time on this instance; the database's unique index makes it one
 * at a time on every instance) and reads their progress. A run that has reported no progress for
 * {@link #STALE_AFTER} belonged to an instance that stopped: it is marked interrupted when the next import starts.
 */
@Service
class ImportService implements WordPressImport {

    static final Duration STALE_AFTER = Duration.ofMinutes(5);
    private static final Refusal STALE = Refusal.of("refused.import.stale", "The import stopped reporting progress (its "
            + "site was stopped). What was imported stays; import the same file again to go on where it stopped.");
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final ImportRunMapper runs;
    private final ImportReportMapper report;
    private final ImportBatches batches;
    private final TransactionTemplate transaction;
    private final DataSize maxFileSize;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "wordpress-import");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    ImportService(ImportRunMapper runs, ImportReportMapper report, ImportBatches batches, PlatformTransactionManager transactions,
                  @Value("${inkwell.import.max-file-size:200MB}") DataSize maxFileSize) {
        this.runs = runs;
        this.report = report;
        this.batches = batches;
        this.transaction = new TransactionTemplate(transactions);
        this.maxFileSize = maxFileSize;
    }

    @Override
    public ImportRun start(Actor actor, Path file, String fileName) {
        requireExchange(actor);
        UUID id = TimeOrderedIds.next();
        try {
            transaction.executeWithoutResult(status -> {
                runs.interruptStale(Instant.now().minus(STALE_AFTER), STALE.english(), STALE);
                runs.insert(id, actor.userId(), displayName(fileName), size(file));
            });
        } catch (DuplicateKeyException e) {
            delete(file);
            throw new ImportAlreadyRunningException();
        }
        worker.execute(new WxrImportJob(actor, id, file, batches, runs, () -> stopping));
        return runs.selectById(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ImportRun> latest(Actor actor) {
        requireExchange(actor);
        return runs.selectLatest();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SkippedItem> report(Actor actor, UUID runId, int limit) {
        requireExchange(actor);
        return report.selectByRun(runId, Math.max(1, Math.min(limit, WxrImport.REPORT_MAX)));
    }

    @Override
    public DataSize maxFileSize() {
        return maxFileSize;
    }

    /** A running import ends at its next batch as interrupted; importing the file again goes on from there. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        worker.shutdown();
        if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }

    private static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}\\\\/]", "").strip();
        if (name.isEmpty()) {
            return "export.xml";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the refused import file {}", file, e);
        }
    }

    private static void requireExchange(Actor actor) {
        if (!actor.mayExchangeContent()) {
            throw new NotAllowedException("Only active admins import content; refused to " + actor.userId());
        }
    }
}
