package io.inkwell.posts.test;

import io.inkwell.db.TimeOrderedIds;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Posts, categories, tags and their links, and static pages, written with plain SQL, for tests that need the posts context's rows as
 * they are, with the publication time they choose. Authors are accounts of the users context (its
 * {@code UserRows}). A post written here is not announced to other contexts: give a published post its
 * open comment thread (the comments context's {@code CommentRows}) where comments matter.
 */
public final class PostRows {

    private PostRows() {
    }

    /** A published post with the body "Body" and the excerpt "About {title}". */
    public static UUID published(JdbcTemplate jdbc, UUID authorId, String title, String slug, Instant publishedAt) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("""
                insert into posts (id, author_id, title, slug, content, content_html, excerpt, status, published_at)
                values (?, ?, ?, ?, 'Body', '<p>Body</p>', ?, 'published', ?)""",
                id, authorId, title, slug, "About " + title, Timestamp.from(publishedAt));
        return id;
    }

    /** A draft with an empty body. */
    public static UUID draft(JdbcTemplate jdbc, UUID authorId, String title, String slug) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into posts (id, author_id, title, slug) values (?, ?, ?, ?)", id, authorId, title, slug);
        return id;
    }

    public static UUID category(JdbcTemplate jdbc, String name, String slug) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into categories (id, name, slug) values (?, ?, ?)", id, name, slug);
        return id;
    }

    /** Files the post under the category. */
    public static void link(JdbcTemplate jdbc, UUID postId, UUID categoryId) {
        jdbc.update("insert into post_categories (post_id, category_id) values (?, ?)", postId, categoryId);
    }

    /** A tag no post carries yet; its post count follows the links the triggers see. */
    public static UUID tag(JdbcTemplate jdbc, String name, String slug) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into tags (id, name, slug) values (?, ?, ?)", id, name, slug);
        return id;
    }

    /** Tags the post. */
    public static void tagLink(JdbcTemplate jdbc, UUID postId, UUID tagId) {
        jdbc.update("insert into post_tags (post_id, tag_id) values (?, ?)", postId, tagId);
    }

    /** The post's views of this week as the view-count flush leaves them. */
    public static void weekViews(JdbcTemplate jdbc, UUID postId, long views) {
        jdbc.update("insert into post_week_views (post_id, views) values (?, ?)", postId, views);
    }

    /** A published static page whose HTML is its text in one paragraph. */
    public static UUID publishedPage(JdbcTemplate jdbc, String title, String slug, String content, Instant publishedAt) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("""
                insert into pages (id, title, slug, content, content_html, excerpt, status, published_at)
                values (?, ?, ?, ?, ?, ?, 'published', ?)""",
                id, title, slug, content, "<p>" + content + "</p>", content, Timestamp.from(publishedAt));
        return id;
    }

    /** A published static page written in {@code language} (a code: {@code en}, {@code de}). */
    public static UUID publishedPageIn(JdbcTemplate jdbc, String language, String title, String slug, String content,
                                       Instant publishedAt) {
        UUID id = publishedPage(jdbc, title, slug, content, publishedAt);
        jdbc.update("update pages set language = ? where id = ?", language, id);
        return id;
    }

    /** A draft static page. */
    public static UUID draftPage(JdbcTemplate jdbc, String title, String slug, String content) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into pages (id, title, slug, content, content_html) values (?, ?, ?, ?, ?)",
                id, title, slug, content, "<p>" + content + "</p>");
        return id;
    }
}
