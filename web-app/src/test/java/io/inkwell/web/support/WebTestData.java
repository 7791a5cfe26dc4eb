package io.inkwell.web.support;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows for web tests, written with plain SQL; web tests commit, so they truncate afterwards. */
public final class WebTestData {

    /** An admin's authority for setting categories up; a category records no author, so no account stands behind it. */
    public static final Actor CATEGORY_ADMIN = new Actor(UUID.randomUUID(), Role.ADMIN);

    public static final String PASSWORD_HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuuN6hK2n1ZQe9Q8zq1yWnZ0Vb1yH9fQ2";

    private WebTestData() {
    }

    public static UUID user(JdbcTemplate jdbc, String name, String email) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into users (id, email, password_hash, name) values (?, ?, ?, ?)", id, email, PASSWORD_HASH, name);
        return id;
    }

    public static UUID publishedPost(JdbcTemplate jdbc, UUID authorId, String title, String slug, Instant publishedAt) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("""
                insert into posts (id, author_id, title, slug, content, content_html, excerpt, status, published_at)
                values (?, ?, ?, ?, ?, ?, ?, 'published', ?)""",
                id, authorId, title, slug, "Body", "<p>Body</p>", "About " + title,
                java.sql.Timestamp.from(publishedAt));
        // What the comments context's PostPublished reaction would have recorded for a post published on the site.
        jdbc.update("insert into post_threads (post_id, takes_comments, post_version) values (?, true, 0)", id);
        return id;
    }

    public static UUID draftPost(JdbcTemplate jdbc, UUID authorId, String title, String slug) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into posts (id, author_id, title, slug) values (?, ?, ?, ?)", id, authorId, title, slug);
        return id;
    }
}
