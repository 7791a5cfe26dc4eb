package io.inkwell.users.test;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.db.test.TestPasswordHash;
import io.inkwell.users.Role;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts written with plain SQL (active ones, and imported ones waiting for an invitation), for the tests of
 * every context that need someone to act, to write or to be named. They are real rows (foreign keys, author
 * lookups and the web layer's session check see them), but none can be signed in to with a password: a test
 * that logs in registers through {@code UserAccounts}.
 *
 * <pre>{@code
 * UUID ada = UserRows.author(jdbc, "Ada");
 * UUID root = UserRows.withRole(jdbc, "Root", Role.ADMIN);
 * }</pre>
 */
public final class UserRows {

    /** What {@code users.password_hash} holds for these accounts; no password matches it. */
    public static final String PASSWORD_HASH = TestPasswordHash.BCRYPT;

    private UserRows() {
    }

    /** An account with the user role: it may write posts and comments. */
    public static UUID author(JdbcTemplate jdbc, String name) {
        return withRole(jdbc, name, Role.USER);
    }

    /** An account with {@code role} and an email of its own made from the name. */
    public static UUID withRole(JdbcTemplate jdbc, String name, Role role) {
        UUID id = TimeOrderedIds.next();
        insert(jdbc, id, name, name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "-" + id + "@example.com", role);
        return id;
    }

    /** An account with this email (stored as given, so give it in lower case). */
    public static UUID withEmail(JdbcTemplate jdbc, String name, String email, Role role) {
        UUID id = TimeOrderedIds.next();
        insert(jdbc, id, name, email, role);
        return id;
    }

    /** An account an import made for an author of another site: {@code invited}, without a password (lower-case email). */
    public static UUID imported(JdbcTemplate jdbc, String name, String email, Role role) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("insert into users (id, email, password_hash, name, role, status) values (?, ?, null, ?, ?, 'invited')",
                id, email, name, role.name().toLowerCase(Locale.ROOT));
        return id;
    }

    private static void insert(JdbcTemplate jdbc, UUID id, String name, String email, Role role) {
        jdbc.update("insert into users (id, email, password_hash, name, role) values (?, ?, ?, ?, ?)",
                id, email, PASSWORD_HASH, name, role.name().toLowerCase(Locale.ROOT));
    }
}
