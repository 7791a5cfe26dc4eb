package io.inkwell.web.support;

import io.inkwell.comments.test.CommentRows;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Posts for web tests, made the two ways the site has them: through the posts API as an author writes
 * them, or as rows with a publication time the test chooses. Accounts come from {@code TestAccounts}, other
 * rows from each context's own fixtures ({@code UserRows}, {@code PostRows}, {@code CommentRows}).
 */
public final class WebTestData {

    /** An admin's authority for setting categories up; a category records no author, so no account stands behind it. */
    public static final Actor CATEGORY_ADMIN = new Actor(UUID.randomUUID(), Role.ADMIN);

    private WebTestData() {
    }

    /** A post written through the posts API, published or left a draft, about running. */
    public static PostRef post(PostCommands commands, SignedInUser author, String title, boolean publish, UUID... categories) {
        return post(commands, author, title, publish, List.of(), categories);
    }

    /** The same with tags, named as an author types them. */
    public static PostRef post(PostCommands commands, SignedInUser author, String title, boolean publish, List<String> tags,
                               UUID... categories) {
        return commands.create(author.actor(), new PostDraft(title, null, "Text of **" + title + "** about running.", null,
                null, Set.of(categories), tags), publish);
    }

    /**
     * A published post as both contexts know it once the site has published it: the posts context's row and
     * the comments context's open thread (which its PostPublished reaction would have recorded).
     */
    public static UUID publishedPost(JdbcTemplate jdbc, UUID authorId, String title, String slug, Instant publishedAt) {
        UUID id = PostRows.published(jdbc, authorId, title, slug, publishedAt);
        CommentRows.openThread(jdbc, id);
        return id;
    }
}
