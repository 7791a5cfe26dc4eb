package io.inkwell.posts.internal;

import io.inkwell.posts.PostStatus;
import io.inkwell.posts.SeoFields;
import io.inkwell.posts.internal.LinkRow.LinkKind;
import java.time.Instant;
import java.util.UUID;

/** The post page's statement returns one of these per category and tag (or one with null link columns). */
record DetailRow(UUID id, UUID authorId, String title, String slug, String contentHtml, String excerpt,
                 String featuredImageUrl, PostStatus status, long viewCount, Instant publishedAt, Instant updatedAt,
                 int readingMinutes, String seoTitle, String metaDescription, boolean hiddenFromSearch,
                 LinkKind linkKind, UUID linkId, String linkName, String linkSlug, String language) {

    SeoFields seo() {
        return new SeoFields(seoTitle, metaDescription, hiddenFromSearch);
    }
}
