package io.inkwell.posts.internal;

import io.inkwell.posts.PostStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A search hit with what its snippet is made of: the start of its text, its language, and the query as PostgreSQL
 * read it (a tsquery's text).
 */
record SearchRow(UUID id, String title, String slug, String excerpt, String featuredImageUrl, UUID authorId,
                 PostStatus status, Instant publishedAt, long viewCount, int readingMinutes, long matches,
                 String contentStart, String language, String queryText) {

    String headline() {
        return SearchHeadlines.of(contentStart, SearchHitWords.of(queryText, Languages.of(language)),
                SearchHeadlines.POSTS);
    }

    SummaryRow summary() {
        return new SummaryRow(id, title, slug, excerpt, featuredImageUrl, authorId, status, publishedAt, viewCount,
                readingMinutes, null);
    }
}
