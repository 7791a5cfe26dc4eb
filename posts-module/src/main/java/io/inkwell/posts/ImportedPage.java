package io.inkwell.posts;

import java.time.Instant;

/**
 * A static page brought over from another site, written as {@link ImportedPost} is: sanitised HTML with a Markdown
 * source where faithful, the wanted slug or the next free one (a slug the site's routes use included), in
 * {@code language} (a code the site offers, or null for the site's).
 */
public record ImportedPage(String title, String slug, String html, PageStatus status, Instant publishedAt,
                           Instant createdAt, Instant updatedAt, String language) {
}
