package io.inkwell.posts.internal;

import io.inkwell.posts.PostStatus;
import io.inkwell.posts.ReviewNote;
import io.inkwell.posts.SeoFields;
import java.time.Instant;
import java.util.UUID;
import org.apache.ibatis.annotations.AutomapConstructor;

/**
 * One row of {@code posts}, without the search vector (the database makes it); {@code language} is its code.
 * {@code insert} writes the schedule's time but no review note; {@code update} writes both as the row carries
 * them; status changes have their own statements ({@code updateStatus}, {@code updateSchedule},
 * {@code updateReview}).
 */
record PostRow(
        UUID id,
        UUID authorId,
        String title,
        String slug,
        String content,
        String contentHtml,
        String excerpt,
        String featuredImageUrl,
        PostStatus status,
        long viewCount,
        Instant publishedAt,
        int version,
        Instant createdAt,
        Instant updatedAt,
        String seoTitle,
        String metaDescription,
        boolean hiddenFromSearch,
        String language,
        Instant scheduledAt,
        String reviewNote,
        UUID reviewedBy,
        Instant reviewedAt) {

    /** MyBatis builds rows through this one (every column of {@code postColumns}), not the shorter one below. */
    @AutomapConstructor
    PostRow {
    }

    /** A row that is not scheduled and carries no review note. */
    PostRow(UUID id, UUID authorId, String title, String slug, String content, String contentHtml, String excerpt,
            String featuredImageUrl, PostStatus status, long viewCount, Instant publishedAt, int version,
            Instant createdAt, Instant updatedAt, String seoTitle, String metaDescription, boolean hiddenFromSearch,
            String language) {
        this(id, authorId, title, slug, content, contentHtml, excerpt, featuredImageUrl, status, viewCount, publishedAt,
                version, createdAt, updatedAt, seoTitle, metaDescription, hiddenFromSearch, language, null, null, null,
                null);
    }

    SeoFields seo() {
        return new SeoFields(seoTitle, metaDescription, hiddenFromSearch);
    }

    ReviewNote review() {
        return reviewNote == null ? null : new ReviewNote(reviewNote, reviewedBy, reviewedAt);
    }
}
