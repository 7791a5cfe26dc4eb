package io.inkwell.web.posts;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostRef;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.security.TestAccounts;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** People and posts for the posts pages' web tests: real rows, written through SQL and the services. */
public final class PostWebFixtures {

    private PostWebFixtures() {
    }

    /** A real account (the session filter checks it on every request) and its principal. */
    public static SignedInUser person(JdbcTemplate jdbc, String name, Role role) {
        UUID id = TimeOrderedIds.next();
        String email = name.toLowerCase().replace(' ', '.') + "-" + id + "@example.com";
        jdbc.update("insert into users (id, email, password_hash, name, role) values (?, ?, ?, ?, ?)", id, email,
                io.inkwell.web.support.WebTestData.PASSWORD_HASH, name, role.name().toLowerCase());
        return TestAccounts.signedIn(id, email, name, role);
    }

    public static RequestPostProcessor as(SignedInUser user) {
        return SecurityMockMvcRequestPostProcessors.user(user);
    }

    public static PostRef post(PostCommands commands, SignedInUser author, String title, boolean publish, UUID... categories) {
        return commands.create(author.actor(), new PostDraft(title, null, "Text of **" + title + "** about running.", null,
                null, Set.of(categories)), publish);
    }
}
