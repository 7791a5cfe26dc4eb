package io.inkwell.exchange.internal;

import io.inkwell.db.Refusal;
import io.inkwell.exchange.ImportStatus;
import io.inkwell.users.Actor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import, run in the background: the file read once to be checked and counted ({@link WxrScan}), then again to
 * be imported a batch at a time ({@link ImportBatches}). It stops between batches when the site shuts down.
 */
final class WxrImportJob implements Runnable {

    /** Posts and pages per batch: one transaction each, with their comments in a second one. */
    static final int BATCH_SIZE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(WxrImportJob.class);

    private final Actor actor;
    private final UUID runId;
    private final Path file;
    private final ImportBatches batches;
    private final ImportRunMapper runs;
    private final BooleanSupplier stopping;

    WxrImportJob(Actor actor, UUID runId, Path file, ImportBatches batches, ImportRunMapper runs, BooleanSupplier stopping) {
        this.actor = actor;
        this.runId = runId;
        this.file = file;
        this.batches = batches;
        this.runs = runs;
        this.stopping = stopping;
    }

    @Override
    public void run() {
        WxrScan scan;
        try {
            scan = WxrScan.of(file);
        } catch (BadImportFileException e) {
            finish(ImportStatus.FAILED, e.refusal());
            delete();
            return;
        } catch (RuntimeException e) {
            LOG.warn("Import {} could not read its file", runId, e);
            finish(ImportStatus.FAILED, Refusal.of("refused.import.unreadable",
                    "The file could not be read ({0}). Nothing was imported.", e.getClass().getSimpleName()));
            delete();
            return;
        }
        try {
            batches.scanned(runId, scan.siteKey(), scan.items());
            WxrImport run = new WxrImport(actor, runId, scan.siteKey(), scan.language(), scan.attachments());
            batches.importAuthorsAndCategories(run, scan.authors(), scan.categories());
            Importer importer = new Importer(run);
            WxrReader.read(file, importer);
            importer.flush();
            finish(ImportStatus.FINISHED, null);
        } catch (Stopped e) {
            finish(ImportStatus.INTERRUPTED, Refusal.of("refused.import.siteStopped", "The site stopped during the "
                    + "import. What was imported stays; import the same file again to go on where it stopped (nothing is "
                    + "created twice)."));
        } catch (RuntimeException e) {
            LOG.warn("Import {} stopped", runId, e);
            finish(ImportStatus.FAILED, Refusal.of("refused.import.failed", "The import stopped on an error ({0}). "
                    + "Everything counted above was imported and stays; import the same file again to go on where it "
                    + "stopped (nothing is created twice).", describe(e)));
        } finally {
            delete();
        }
    }

    private void finish(ImportStatus status, Refusal message) {
        try {
            runs.finish(runId, status, message == null ? null : atMost(2000, message.english()), message);
        } catch (RuntimeException e) {
            LOG.warn("Import {} could not record that it ended ({})", runId, status, e);
        }
    }

    private static String atMost(int length, String text) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Import {} could not delete its file {}", runId, file, e);
        }
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String firstLine = message.lines().findFirst().orElse(message);
        return firstLine.length() > 300 ? firstLine.substring(0, 300) + "…" : firstLine;
    }

    /** The second reading: items gathered into batches of posts and pages, each batch imported as it fills. */
    private final class Importer implements Wxr.Handler {

        private final WxrImport run;
        private final List<Wxr.Item> batch = new ArrayList<>();
        private int postsAndPages;

        Importer(WxrImport run) {
            this.run = run;
        }

        @Override
        public void item(Wxr.Item item) {
            batch.add(item);
            if (WxrImport.isPostOrPage(item) && ++postsAndPages >= BATCH_SIZE) {
                flush();
            }
        }

        void flush() {
            if (stopping.getAsBoolean()) {
                throw new Stopped();
            }
            if (batch.isEmpty()) {
                return;
            }
            batches.importItems(run, batch);
            batches.importComments(run, batch);
            batch.clear();
            postsAndPages = 0;
        }
    }

    private static final class Stopped extends RuntimeException {

        Stopped() {
            super(null, null, false, false);
        }
    }
}
