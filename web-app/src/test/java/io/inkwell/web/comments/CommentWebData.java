package io.inkwell.web.comments;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTestData;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** People and comments for the comment web tests, written with plain SQL (the tests commit and truncate). */
public final class CommentWebData {

    private CommentWebData() {
    }

    /** A stored account and the principal a session of it carries. */
    public static SignedInUser person(JdbcTemplate jdbc, String name, Role role) {
        String email = name.toLowerCase().replace(' ', '.') + "@example.com";
        UUID id = WebTestData.user(jdbc, name, email);
        jdbc.update("update users set role = ? where id = ?", role.name().toLowerCase(), id);
        return TestAccounts.signedIn(id, email, name, role);
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

    public static UUID comment(JdbcTemplate jdbc, UUID postId, UUID authorId, UUID parentId, String content) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into comments (id, post_id, author_id, parent_id, content) values (?, ?, ?, ?, ?)",
                id, postId, authorId, parentId, content);
        return id;
    }
}
