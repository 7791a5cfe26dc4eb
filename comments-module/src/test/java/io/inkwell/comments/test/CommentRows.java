package io.inkwell.comments.test;

import io.inkwell.db.TimeOrderedIds;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The comments context's rows written with plain SQL. It knows a post by id only, and takes comments on a
 * post whose thread is open, as its PostPublished reaction leaves it; a post it was never told about (a
 * draft) takes none. Authors are accounts of the users context (its {@code UserRows}).
 */
public final class CommentRows {

    private CommentRows() {
    }

    /** A published post as this context knows it: a new post id with an open thread. */
    public static UUID publishedPost(JdbcTemplate jdbc) {
        UUID postId = TimeOrderedIds.next();
        openThread(jdbc, postId);
        return postId;
    }

    /** What the PostPublished reaction records for a post published elsewhere (the posts context's rows). */
    public static void openThread(JdbcTemplate jdbc, UUID postId) {
        jdbc.update("insert into post_threads (post_id, takes_comments, post_version) values (?, true, 0)", postId);
    }

    /** A draft: a post id no event has told this context about, so no row at all. */
    public static UUID draftPost() {
        return TimeOrderedIds.next();
    }

    /** A comment, or with a {@code parentId} a reply; its path and the post's count are the database's work. */
    public static UUID comment(JdbcTemplate jdbc, UUID postId, UUID authorId, UUID parentId, String content) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into comments (id, post_id, author_id, parent_id, content) values (?, ?, ?, ?, ?)",
                id, postId, authorId, parentId, content);
        return id;
    }

    /** {@code howMany} top-level comments "Comment 1." … in one statement, in that (reply) order. */
    public static void topLevelComments(JdbcTemplate jdbc, UUID postId, UUID authorId, int howMany) {
        jdbc.update("""
                insert into comments (post_id, author_id, content)
                select ?, ?, 'Comment ' || n || '.' from generate_series(1, ?) n order by n""", postId, authorId, howMany);
    }

    /** The path of the {@code n}th comment (from 1) of the post in reply order: what "More comments" carries. */
    public static String pathAt(JdbcTemplate jdbc, UUID postId, int n) {
        return jdbc.queryForObject("select path from comments where post_id = ? order by path offset ? limit 1",
                String.class, postId, n - 1);
    }

    public static String pathOf(JdbcTemplate jdbc, UUID commentId) {
        return jdbc.queryForObject("select path from comments where id = ?", String.class, commentId);
    }
}
