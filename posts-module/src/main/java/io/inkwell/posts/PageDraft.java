package io.inkwell.posts;

/**
 * The fields an admin writes for a page. A blank slug is made from the title. The limits are the posts'
 * ({@link PostLimits#TITLE_MAX}, {@link PostLimits#SLUG_MAX}, {@link PostLimits#CONTENT_MAX}).
 */
public record PageDraft(String title, String slug, String content) {
}
