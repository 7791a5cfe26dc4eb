package io.inkwell.exchange;

import io.inkwell.db.Refusal;
import java.time.Instant;
import java.util.UUID;

/**
 * One import of a file, as the import page shows it to any admin: its progress through the posts and pages of the
 * file ({@code itemsDone} of {@code itemsTotal}), what it brought in, what was already there from an earlier import of
 * the same site, and how many items it skipped or brought in differently ({@link SkippedItem}). {@code message} says,
 * in English, why it stopped or was interrupted (null when it did not); {@code messageWords} says the same in words
 * any language of the site can show (null on runs that ended before the import kept them).
 */
public record ImportRun(UUID id, UUID startedBy, String fileName, long fileSize, ImportStatus status, String sourceSite,
                        int itemsTotal, int itemsDone, int postsImported, int pagesImported, int commentsImported,
                        int accountsImported, int categoriesImported, int alreadyImported, int skipped, int changed,
                        String message, Refusal messageWords, Instant startedAt, Instant updatedAt, Instant finishedAt) {

    /** How far along, 0 to 100, for a progress bar. */
    public int percent() {
        return itemsTotal == 0 ? (status.isRunning() ? 0 : 100) : (int) Math.min(100, 100L * itemsDone / itemsTotal);
    }
}
