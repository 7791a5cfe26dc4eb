package io.inkwell.posts.internal;

import io.inkwell.posts.PostStatus;
import java.time.Instant;
import java.util.UUID;

/** A search hit with its raw ts_headline (markers, not yet escaped). */
record SearchRow(UUID id, String title, String slug, String excerpt, String featuredImageUrl, UUID authorId,
                 PostStatus status, Instant publishedAt, long viewCount, int readingMinutes, long matches,
                 String headline) {

    SummaryRow summary() {
        return new SummaryRow(id, title, slug, excerpt, featuredImageUrl, authorId, status, publishedAt, viewCount,
                readingMinutes, null);
    }
}
