package io.inkwell.posts.internal;

import io.inkwell.posts.PostStatus;
import io.inkwell.posts.SeoFields;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code posts}, without the search vector (the database makes it); {@code language} is its code. */
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
        String language) {

    SeoFields seo() {
        return new SeoFields(seoTitle, metaDescription, hiddenFromSearch);
    }
}
