package io.inkwell.web.comments;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.Role;
import io.inkwell.users.SignedInUser;
import io.inkwell.users.UserStatus;
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
        return new SignedInUser(id, email, name, role, UserStatus.ACTIVE, WebTestData.PASSWORD_HASH);
    }

    public static UUID comment(JdbcTemplate jdbc, UUID postId, UUID authorId, UUID parentId, String content) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into comments (id, post_id, author_id, parent_id, content) values (?, ?, ?, ?, ?)",
                id, postId, authorId, parentId, content);
        return id;
    }
}
