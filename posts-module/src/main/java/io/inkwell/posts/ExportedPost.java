package io.inkwell.posts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A post as an export writes it: its Markdown source and the HTML it shows, its dates, and the names of its
 * categories and tags (alphabetical), and the code of the language it is written in.
 */
public record ExportedPost(UUID id, UUID authorId, String title, String slug, String content, String contentHtml,
                           String excerpt, String featuredImageUrl, PostStatus status, Instant publishedAt,
                           Instant createdAt, Instant updatedAt, List<String> categories, List<String> tags,
                           String language) {

    public ExportedPost {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
    }
}
