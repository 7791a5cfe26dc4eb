package io.inkwell.posts.internal;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.posts.PostStatus;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows the posts tests need from outside their context (authors), written with plain SQL. */
final class PostFixtures {

    private PostFixtures() {
    }

    static UUID author(JdbcTemplate jdbc, String name) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into users (id, email, password_hash, name) values (?, ?, ?, ?)", id,
                name.toLowerCase() + "-" + id + "@example.com",
                "{bcrypt}$2a$10$abcdefghijklmnopqrstuuN6hK2n1ZQe9Q8zq1yWnZ0Vb1yH9fQ2", name);
        return id;
    }

    static PostRow draft(UUID authorId, String title, String slug) {
        return new PostRow(TimeOrderedIds.next(), authorId, title, slug, "Some *Markdown*", "<p>Some <em>Markdown</em></p>",
                null, null, PostStatus.DRAFT, 0, null, 0, null, null);
    }

    static PostRow published(UUID authorId, String title, String slug, Instant publishedAt) {
        return new PostRow(TimeOrderedIds.next(), authorId, title, slug, "Body of " + title, "<p>Body of " + title + "</p>",
                "About " + title, null, PostStatus.PUBLISHED, 0, publishedAt, 0, null, null);
    }

    static UUID category(JdbcTemplate jdbc, String name, String slug) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into categories (id, name, slug) values (?, ?, ?)", id, name, slug);
        return id;
    }

    static void link(JdbcTemplate jdbc, UUID postId, UUID categoryId) {
        jdbc.update("insert into post_categories (post_id, category_id) values (?, ?)", postId, categoryId);
    }

    static PostRow publishedWith(UUID authorId, String title, String slug, Instant publishedAt, String content) {
        return new PostRow(TimeOrderedIds.next(), authorId, title, slug, content, "<p>" + content + "</p>",
                null, null, PostStatus.PUBLISHED, 0, publishedAt, 0, null, null);
    }
}
