package io.inkwell.exchange;

import io.inkwell.db.Refusal;

/**
 * An item of the file an import left out ({@code skipped}) or brought in differently from the other site
 * ({@code changed}: a scheduled post kept as a draft, a shortened excerpt…), with the reason. {@code sourceId} is
 * its id there (an author's email for a commenter). {@code reason} is the reason's English as it was written;
 * {@code reasonWords} says it in words any language of the site can show (null on entries written before the
 * import kept them, which have their English only).
 */
public record SkippedItem(boolean skipped, ImportItemKind kind, String sourceId, String title, String reason,
                          Refusal reasonWords) {
}
