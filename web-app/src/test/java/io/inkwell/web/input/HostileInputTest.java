package io.inkwell.web.input;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.comments.test.CommentRows;
import io.inkwell.posts.Categories;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostRef;
import io.inkwell.users.Role;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Input nobody types by hand: a paging cursor beyond what PostgreSQL stores, NUL and U+FFFF in every kind
 * of field, values that are not of their field's type, a preview far over the length limit. Each gets a
 * clear answer (a page, or a message beside the field), never a 500, and nothing broken is stored.
 */
@WebTest
class HostileInputTest {

    /** Instant.parse reads this; PostgreSQL's timestamptz cannot hold it. */
    private static final String FAR_CURSOR = "-1000000000-01-01T00:00:00Z_" + UUID.randomUUID();
    private static final String UNTYPABLE = "\u0000\uFFFF";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    Categories categories;

    @Test
    void aCursorBeyondWhatTheDatabaseHoldsShowsTheFirstPageOfEveryListing() throws Exception {
        var ada = person(jdbc, "Ada", Role.USER);
        UUID java = categories.create(WebTestData.CATEGORY_ADMIN, "Java", null).id();
        PostRef first = post(commands, ada, "First post", true, java);
        CommentRows.comment(jdbc, first.id(), ada.id(), null, "A first comment.");

        mvc.perform(get("/").param("after", FAR_CURSOR))
                .andExpect(status().isOk()).andExpect(content().string(containsString("First post")));
        mvc.perform(get("/categories/java").param("after", FAR_CURSOR))
                .andExpect(status().isOk()).andExpect(content().string(containsString("First post")));
        mvc.perform(get("/authors/" + ada.id()).param("after", FAR_CURSOR))
                .andExpect(status().isOk()).andExpect(content().string(containsString("First post")));
        mvc.perform(get("/posts/" + first.slug()).param("after", FAR_CURSOR))
                .andExpect(status().isOk()).andExpect(content().string(containsString("A first comment.")));
        mvc.perform(get("/").param("after", "+1000000000-12-31T23:59:59Z_" + UUID.randomUUID()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("First post")));
    }

    @Test
    void registrationStoresTheNameWithoutUntypableCharacters() throws Exception {
        mvc.perform(post("/register").with(csrf())
                        .param("name", "Ada\u0000 Love\uFFFFlace").param("email", "ada@example.com")
                        .param("password", "correct horse"))
                .andExpect(view().name("auth/check-email"));

        assertThat(jdbc.queryForObject("select name from users where email = 'ada@example.com'", String.class))
                .isEqualTo("Ada Lovelace");
    }

    /** The registration form carries a password, so it is not cleaned when bound: the email check refuses it. */
    @Test
    void aRegistrationEmailWithUntypableCharactersIsRefusedBesideTheField() throws Exception {
        mvc.perform(post("/register").with(csrf())
                        .param("name", "Ada").param("email", "ada\u0000@example.com").param("password", "correct horse"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("registrationForm", "email"));

        assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isZero();
    }

    @Test
    void aRegistrationNameOfNothingButUntypableCharactersIsRefusedBesideTheField() throws Exception {
        mvc.perform(post("/register").with(csrf())
                        .param("name", UNTYPABLE).param("email", "ada@example.com").param("password", "correct horse"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("registrationForm", "name"));

        assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isZero();
    }

    @Test
    void aPasswordReachesTheHashAsTypedSoTheSameKeysLogIn() throws Exception {
        String password = "odd\u0001 password\u0000";
        mvc.perform(post("/register").with(csrf())
                        .param("name", "Ada").param("email", "ada@example.com").param("password", password))
                .andExpect(view().name("auth/check-email"));

        mvc.perform(post("/login").with(csrf()).param("email", "ada@example.com").param("password", password))
                .andExpect(authenticated().withUsername("ada@example.com"));
    }

    @Test
    void aLoginWithUntypableCharactersIsAnOrdinaryRefusal() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("email", "ada\u0000@example.com").param("password", "x\u0000"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void commentsAndTheirEditsAreStoredClean() throws Exception {
        var ada = person(jdbc, "Ada", Role.USER);
        PostRef post = post(commands, ada, "Talk", true);

        mvc.perform(post("/posts/talk/comments").with(user(ada)).with(csrf()).param("content", "Hi\u0000 there\uFFFF"))
                .andExpect(redirectedUrlPattern("/posts/talk*"));
        UUID id = jdbc.queryForObject("select id from comments where post_id = ?", UUID.class, post.id());
        mvc.perform(post("/posts/talk/comments/" + id + "/edit").with(user(ada)).with(csrf()).param("content", "Bye\u0000 now"))
                .andExpect(redirectedUrlPattern("/posts/talk*"));

        assertThat(jdbc.queryForObject("select content from comments where id = ?", String.class, id)).isEqualTo("Bye now");
        mvc.perform(post("/posts/talk/comments").with(user(ada)).with(csrf()).param("content", UNTYPABLE))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Write something first")));
    }

    @Test
    void theProfileNameIsStoredClean() throws Exception {
        var bob = person(jdbc, "Bob", Role.USER);

        mvc.perform(post("/account/profile").with(user(bob)).with(csrf()).param("name", "Bo\u0000b\uFFFF").param("avatarUrl", ""))
                .andExpect(redirectedUrl("/account"));

        assertThat(jdbc.queryForObject("select name from users where id = ?", String.class, bob.id())).isEqualTo("Bob");
    }

    @Test
    void adminSearchesAndTheSearchBoxTakeUntypableCharacters() throws Exception {
        var admin = person(jdbc, "Root", Role.ADMIN);
        post(commands, admin, "Running notes", true);

        mvc.perform(get("/admin/users").with(user(admin)).param("q", "Ro\u0000ot\uFFFF"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Root")));
        mvc.perform(get("/admin/posts").with(user(admin)).param("q", "Run\u0000ning\uFFFF"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Running notes")));
        mvc.perform(get("/search").param("q", "run\u0000ning\uFFFF"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Running notes")));
    }

    @Test
    void postTitleAndContentAreStoredClean() throws Exception {
        var ada = person(jdbc, "Ada", Role.USER);

        mvc.perform(post("/posts/new").with(user(ada)).with(csrf())
                        .param("title", "Ti\u0000tle\uFFFF").param("content", "Bo\u0000dy\uFFFF").param("action", "draft"))
                .andExpect(redirectedUrlPattern("/posts/*/edit"));

        assertThat(jdbc.queryForMap("select title, content from posts")).containsEntry("title", "Title")
                .containsEntry("content", "Body");
    }

    @Test
    void categoryNamesAreStoredCleanAndAnEmptiedNameIsAFieldError() throws Exception {
        var admin = person(jdbc, "Root", Role.ADMIN);

        mvc.perform(post("/admin/categories").with(user(admin)).with(csrf()).param("name", "Ja\u0000va\uFFFF").param("description", ""))
                .andExpect(redirectedUrl("/admin/categories"));
        mvc.perform(post("/admin/categories").with(user(admin)).with(csrf()).param("name", UNTYPABLE).param("description", ""))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "name"));

        assertThat(jdbc.queryForList("select name from categories", String.class)).containsExactly("Java");
    }

    @Test
    void valuesThatAreNotOfTheirFieldsTypeAreExplainedInWords() throws Exception {
        var ada = person(jdbc, "Ada", Role.USER);
        PostRef draft = post(commands, ada, "Draft", false);

        mvc.perform(post("/posts/" + draft.id() + "/edit").with(user(ada)).with(csrf())
                        .param("title", "Draft").param("version", "not-a-number"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("This form was damaged on its way here"),
                        not(containsString("Failed to convert")), not(containsString("java.lang")))));
        mvc.perform(post("/posts/new").with(user(ada)).with(csrf()).param("title", "T").param("categoryIds", "not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Choose categories from the list."),
                        not(containsString("Failed to convert")), not(containsString("java.util")))));
    }

    @Test
    void aPreviewOverTheLengthLimitIsAFieldErrorAndNothingIsRendered() throws Exception {
        var ada = person(jdbc, "Ada", Role.USER);

        mvc.perform(post("/posts/new").with(user(ada)).with(csrf()).param("title", "Huge")
                        .param("content", "x".repeat(1_000_000)).param("action", "preview"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "content"))
                .andExpect(model().attribute("previewHtml", (Object) null))
                .andExpect(content().string(containsString("At most " + PostLimits.CONTENT_MAX + " characters.")));
    }
}
