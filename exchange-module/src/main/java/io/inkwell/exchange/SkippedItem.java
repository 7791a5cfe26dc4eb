package io.inkwell.exchange;

/**
 * An item of the file an import left out ({@code skipped}) or brought in differently from the other site
 * ({@code changed}: a scheduled post kept as a draft, a shortened excerpt…), with the reason. {@code kind} is
 * post, page, comment, author, category or item (another kind of WordPress entry); {@code sourceId} its id there.
 */
public record SkippedItem(boolean skipped, String kind, String sourceId, String title, String reason) {
}
