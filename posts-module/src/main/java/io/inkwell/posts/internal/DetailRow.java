package io.inkwell.posts.internal;

import io.inkwell.posts.PostStatus;
import io.inkwell.posts.SeoFields;
import java.time.Instant;
import java.util.UUID;

/** The post page's statement returns one of these per category (or one with null category columns). */
record DetailRow(UUID id, UUID authorId, String title, String slug, String contentHtml, String excerpt,
                 String featuredImageUrl, PostStatus status, long viewCount, Instant publishedAt, Instant updatedAt,
                 int readingMinutes, UUID categoryId, String categoryName, String categorySlug, String seoTitle,
                 String metaDescription, boolean hiddenFromSearch) {

    SeoFields seo() {
        return new SeoFields(seoTitle, metaDescription, hiddenFromSearch);
    }
}
