package io.inkwell.posts.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code revisions}: of a post ({@code postId}) or a page ({@code pageId}). Arrays, as the columns are:
 * categories as sorted ids, tags by name.
 */
record RevisionRow(UUID id, UUID postId, UUID pageId, int number, String title, String excerpt, String content,
                   UUID[] categoryIds, String[] tagNames, UUID savedBy, Instant savedAt, boolean published) {
}
