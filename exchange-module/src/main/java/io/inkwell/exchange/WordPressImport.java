package io.inkwell.exchange;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.util.unit.DataSize;

/**
 * Imports a WordPress export file (WXR, as WordPress's Tools → Export writes it), for those who may exchange content
 * ({@link Actor#mayExchangeContent()}, admins); anyone else gets {@link NotAllowedException}.
 *
 * <p>The file is read as a stream, never whole into memory, in the background; its progress and report are kept in
 * the database, so any admin sees them from any session or instance. It is read once to be checked and counted (a
 * file that is not WXR, is cut off, or declares a DTD or entities is refused with a message before anything is
 * written), then imported in batches: authors as invited accounts, categories, tags, posts and pages with their
 * statuses, dates, slugs, excerpts, texts and featured images, and approved comments in their threads. Each item is
 * known by the old site's id, so importing the same file again creates nothing twice.
 */
public interface WordPressImport {

    /**
     * Starts importing {@code file}, which the import then owns (it deletes it when done). Throws
     * {@link ImportAlreadyRunningException} while another import runs.
     */
    ImportRun start(Actor actor, Path file, String fileName);

    /** The newest import, running or not. */
    Optional<ImportRun> latest(Actor actor);

    /** The first {@code limit} entries of a run's report, skipped ones first, each kind in the order written. */
    List<SkippedItem> report(Actor actor, UUID runId, int limit);

    /** The largest file an import takes ({@code inkwell.import.max-file-size}). */
    DataSize maxFileSize();
}
