package io.inkwell.posts;

import java.time.Instant;
import java.util.UUID;

/** A static page as an export writes it, with the code of the language it is written in. */
public record ExportedPage(UUID id, String title, String slug, String content, String contentHtml, String excerpt,
                           PageStatus status, Instant publishedAt, Instant createdAt, Instant updatedAt,
                           String language) {
}
