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

    /**
     * A comment waiting for a moderator ({@code status} {@code held}) or kept as spam ({@code spam}), for the rule
     * named by {@code reason} as stored ({@code first_comment}, {@code links}, {@code honeypot}, ...).
     */
    public static UUID withheld(JdbcTemplate jdbc, UUID postId, UUID authorId, UUID parentId, String content, String status,
            String reason) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("""
                insert into comments (id, post_id, author_id, parent_id, content, status, held_reason)
                values (?, ?, ?, ?, ?, ?, ?)""", id, postId, authorId, parentId, content, status, reason);
        return id;
    }

    /** A comment without an account: a guest's name and (lower-case) email. */
    public static UUID guestComment(JdbcTemplate jdbc, UUID postId, String name, String email, String content) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into comments (id, post_id, guest_name, guest_email, content) values (?, ?, ?, ?, ?)",
                id, postId, name, email, content);
        return id;
    }

    /** What a moderator's "Hide thread" leaves: the comment and every reply beneath it hidden from it. */
    public static void hideThread(JdbcTemplate jdbc, UUID commentId) {
        jdbc.update("""
                update comments c set hidden_root_id = r.id
                  from comments r
                 where r.id = ? and c.post_id = r.post_id and c.path like r.path || '%' and c.hidden_root_id is null""",
                commentId);
    }

    /** How many readers reported the comment since a moderator last reviewed it. */
    public static void reported(JdbcTemplate jdbc, UUID commentId, int times) {
        jdbc.update("update comments set report_count = ? where id = ?", times, commentId);
    }

    /** The comment's status, held reason and what it waits for, as stored ("held/links/null"). */
    public static String standingOf(JdbcTemplate jdbc, UUID commentId) {
        return jdbc.queryForObject("select status || '/' || coalesce(held_reason, '-') from comments where id = ?",
                String.class, commentId);
    }

    /** The counter readers see for the post. */
    public static long counted(JdbcTemplate jdbc, UUID postId) {
        return jdbc.queryForObject("select coalesce((select comments from post_comment_counts where post_id = ?), 0)",
                Long.class, postId);
    }
}
