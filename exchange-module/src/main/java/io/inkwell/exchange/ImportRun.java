package io.inkwell.exchange;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One import of a file, as the import page shows it to any admin: its progress through the posts and pages of the
 * file ({@code itemsDone} of {@code itemsTotal}), what it brought in, what was already there from an earlier import of
 * the same site, and how many items it skipped or brought in differently ({@link SkippedItem}).
 */
public record ImportRun(UUID id, UUID startedBy, String fileName, long fileSize, ImportStatus status, String sourceSite,
                        int itemsTotal, int itemsDone, int postsImported, int pagesImported, int commentsImported,
                        int accountsImported, int categoriesImported, int alreadyImported, int skipped, int changed,
                        String message, Instant startedAt, Instant updatedAt, Instant finishedAt) {

    /** "3,412 of 10,000 posts and pages". */
    public String progress() {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        return numbers.format(itemsDone) + " of " + numbers.format(itemsTotal) + " posts and pages";
    }

    /** How far along, 0 to 100, for a progress bar. */
    public int percent() {
        return itemsTotal == 0 ? (status.isRunning() ? 0 : 100) : (int) Math.min(100, 100L * itemsDone / itemsTotal);
    }
}
