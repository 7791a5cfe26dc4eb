package io.inkwell.comments.internal;

import io.inkwell.db.TimeOrderedIds;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Authors and posts from other contexts, written with plain SQL for the comments tests. */
final class CommentFixtures {

    private CommentFixtures() {
    }

    static UUID author(JdbcTemplate jdbc, String name) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into users (id, email, password_hash, name) values (?, ?, ?, ?)", id,
                name.toLowerCase().replace(' ', '.') + "-" + id + "@example.com",
                "{bcrypt}$2a$10$abcdefghijklmnopqrstuuN6hK2n1ZQe9Q8zq1yWnZ0Vb1yH9fQ2", name);
        return id;
    }

    static UUID publishedPost(JdbcTemplate jdbc, UUID authorId, String slug) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into posts (id, author_id, title, slug, status, published_at) values (?, ?, ?, ?, 'published', now())",
                id, authorId, slug, slug);
        return id;
    }

    static UUID draftPost(JdbcTemplate jdbc, UUID authorId, String slug) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into posts (id, author_id, title, slug) values (?, ?, ?, ?)", id, authorId, slug, slug);
        return id;
    }

    static CommentRow comment(UUID postId, UUID authorId, UUID parentId, String content) {
        return new CommentRow(TimeOrderedIds.next(), postId, authorId, parentId, null, content, false, null, null, null);
    }

    static String slug() {
        return "post-" + UUID.randomUUID();
    }
}
