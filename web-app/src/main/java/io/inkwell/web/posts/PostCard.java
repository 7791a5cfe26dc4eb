package io.inkwell.web.posts;

import io.inkwell.posts.CategoryRef;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.TagRef;
import io.inkwell.web.media.ResponsiveImage;
import io.inkwell.web.templates.KeptBy;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a listing card shows: a post summary with its categories and tags, its author's name and its comment
 * count, and its featured image ({@code image}, null when it has none; responsive when it is one of the media
 * library's); {@code scheduledAt} for the admin table's scheduled posts.
 */
public record PostCard(UUID id, String title, String slug, String excerpt, UUID authorId, String authorName,
                       List<CategoryRef> categories, List<TagRef> tags, Instant publishedAt, int readingMinutes,
                       long viewCount, long commentCount, PostStatus status, ResponsiveImage image,
                       Instant scheduledAt) implements KeptBy {

    /** The card as listings show it: everything but the view count, which only the author's own table shows. */
    @Override
    public Object keptBy() {
        return new PostCard(id, title, slug, excerpt, authorId, authorName, categories, tags, publishedAt, readingMinutes,
                0, commentCount, status, image, scheduledAt);
    }
}
