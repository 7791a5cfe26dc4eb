package io.inkwell.comments.internal;

import io.inkwell.db.TimeOrderedIds;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Authors from the users context and the comments context's own record of posts, written with plain SQL for
 * the comments tests. The comments context knows a post by id only: a "published post" here is an open
 * thread, as the PostPublished reaction leaves it.
 */
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

    static UUID publishedPost(JdbcTemplate jdbc) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into post_threads (post_id, takes_comments, post_version) values (?, true, 0)", id);
        return id;
    }

    /** A draft: no event has told the comments context about it. */
    static UUID draftPost() {
        return TimeOrderedIds.next();
    }

    static CommentRow comment(UUID postId, UUID authorId, UUID parentId, String content) {
        return new CommentRow(TimeOrderedIds.next(), postId, authorId, parentId, null, content, false, null, null, null);
    }
}
