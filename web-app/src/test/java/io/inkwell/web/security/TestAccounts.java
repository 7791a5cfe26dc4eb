package io.inkwell.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.inkwell.users.RegisterUser;
import io.inkwell.users.Role;
import io.inkwell.users.SessionAccount;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserStatus;
import io.inkwell.users.test.UserRows;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Accounts for web tests. Every signed-in request is checked against the account's row (suspended or
 * re-roled accounts are logged out), so a test principal needs a row with the same role:
 *
 * <pre>{@code
 * SignedInUser admin = TestAccounts.person(jdbc, "Ada", Role.ADMIN);
 * mvc.perform(get("/admin").with(user(admin)));
 * }</pre>
 */
public final class TestAccounts {

    /** The password of {@link #registered} accounts. */
    public static final String PASSWORD = "correct horse battery";

    private TestAccounts() {
    }

    /** The login form's POST, as a browser sends it (with the CSRF token). */
    public static MockHttpServletRequestBuilder logIn(String email, String password) {
        return post("/login").with(csrf()).param("email", email).param("password", password);
    }

    /** A stored account and its principal; it cannot log in with a password (use {@link #registered} for that). */
    public static SignedInUser person(JdbcTemplate jdbc, String name, Role role) {
        UUID id = UserRows.withRole(jdbc, name, role);
        return signedIn(id, jdbc.queryForObject("select email from users where id = ?", String.class, id), name, role);
    }

    /** The same, with the email a test looks for. */
    public static SignedInUser person(JdbcTemplate jdbc, String name, String email, Role role) {
        return signedIn(UserRows.withEmail(jdbc, name, email, role), email, name, role);
    }

    /**
     * The principal of a session of this stored account, signed in before any of its sessions were ended
     * (a fresh row's session generation).
     */
    public static SignedInUser signedIn(UUID id, String email, String name, Role role) {
        return new SignedInUser(new SessionAccount(id, email, name, role, UserStatus.ACTIVE, 0));
    }

    /** An account made by the real registration, with {@link #PASSWORD}, then given {@code role}. */
    public static SignedInUser registered(UserAccounts accounts, JdbcTemplate jdbc, String name, String email, Role role) {
        UUID id = accounts.register(new RegisterUser(email, name, PASSWORD));
        jdbc.update("update users set role = ? where id = ?", role.name().toLowerCase(), id);
        return signedIn(id, email, name, role);
    }
}
