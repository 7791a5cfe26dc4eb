package io.inkwell.web.posts;

import io.inkwell.posts.CategoryRef;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.TagRef;
import io.inkwell.web.media.ResponsiveImage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a listing card shows: a post summary with its categories and tags, its author's name and its comment
 * count, and its featured image ({@code image}, null when it has none; responsive when it is one of the media
 * library's).
 */
public record PostCard(UUID id, String title, String slug, String excerpt, UUID authorId, String authorName,
                       List<CategoryRef> categories, List<TagRef> tags, Instant publishedAt, int readingMinutes,
                       long viewCount, long commentCount, PostStatus status, ResponsiveImage image) {
}
