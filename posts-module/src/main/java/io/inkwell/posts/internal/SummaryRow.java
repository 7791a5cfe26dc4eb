package io.inkwell.posts.internal;

import io.inkwell.posts.CategoryRef;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostSummary;
import io.inkwell.posts.TagRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A listing row; its categories and tags come from a second, batched statement. */
record SummaryRow(UUID id, String title, String slug, String excerpt, String featuredImageUrl, UUID authorId,
                  PostStatus status, Instant publishedAt, long viewCount, int readingMinutes, Instant scheduledAt) {

    PostSummary toSummary(List<CategoryRef> categories, List<TagRef> tags) {
        return new PostSummary(id, title, slug, excerpt, featuredImageUrl, authorId, status, publishedAt, viewCount,
                readingMinutes, categories, tags, scheduledAt);
    }
}
