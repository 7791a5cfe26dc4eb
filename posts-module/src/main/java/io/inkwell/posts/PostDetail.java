package io.inkwell.posts;

import io.inkwell.settings.SiteLanguage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A post as its own page shows it; {@code contentHtml} was sanitised when the post was saved. {@code language} is
 * the one it is written in, which the page names when it is not the site's.
 */
public record PostDetail(
        UUID id,
        UUID authorId,
        String title,
        String slug,
        String contentHtml,
        String excerpt,
        String featuredImageUrl,
        PostStatus status,
        long viewCount,
        Instant publishedAt,
        Instant updatedAt,
        int readingMinutes,
        List<CategoryRef> categories,
        List<TagRef> tags,
        SeoFields seo,
        SiteLanguage language) {

    public PostDetail {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
    }

    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
    }

    public boolean isArchived() {
        return status == PostStatus.ARCHIVED;
    }
}
