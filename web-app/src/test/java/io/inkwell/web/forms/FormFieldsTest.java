package io.inkwell.web.forms;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.inkwell.comments.CommentLimits;
import io.inkwell.posts.AdminPostFilter;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.SearchResults;
import io.inkwell.users.AccountLimits;
import io.inkwell.users.Role;
import io.inkwell.users.UserSearch;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** The field fragment on real pages: limits from the modules, and help and errors tied to their controls. */
@WebTest
class FormFieldsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    SignedInUser ada;
    SignedInUser admin;

    @BeforeEach
    void givenAWriterAndAnAdmin() {
        ada = person(jdbc, "Ada", Role.USER);
        admin = person(jdbc, "Root", Role.ADMIN);
    }

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private static int maxlength(Document page, String id) {
        Element control = page.getElementById(id);
        assertThat(control).as("#" + id).isNotNull();
        return Integer.parseInt(control.attr("maxlength"));
    }

    @Test
    void postAndCategoryFieldsTakeTheirMaximumFromThePostsModule() throws Exception {
        Document form = page(get("/posts/new").with(user(ada)));
        assertThat(maxlength(form, "title")).isEqualTo(PostLimits.TITLE_MAX);
        assertThat(maxlength(form, "slug")).isEqualTo(PostLimits.SLUG_MAX);
        assertThat(maxlength(form, "content")).isEqualTo(PostLimits.CONTENT_MAX);
        assertThat(maxlength(form, "excerpt")).isEqualTo(PostLimits.EXCERPT_MAX);
        assertThat(maxlength(form, "featuredImageUrl")).isEqualTo(PostLimits.IMAGE_URL_MAX);

        Document categories = page(get("/admin/categories").with(user(admin)));
        assertThat(maxlength(categories, "name")).isEqualTo(PostLimits.CATEGORY_NAME_MAX);
        assertThat(maxlength(categories, "description")).isEqualTo(PostLimits.CATEGORY_DESCRIPTION_MAX);

        assertThat(maxlength(page(get("/search")), "q")).isEqualTo(SearchResults.MAX_QUERY_LENGTH);
        assertThat(maxlength(page(get("/admin/posts").with(user(admin))), "q")).isEqualTo(AdminPostFilter.MAX_TEXT_LENGTH);
    }

    @Test
    void tagFieldsTakeTheirLimitsFromThePostsModule() throws Exception {
        post(commands, ada, "Tagged", true, java.util.List.of("tools"));
        String tagId = jdbc.queryForObject("select id::text from tags", String.class);

        Document rename = page(get("/admin/tags/" + tagId + "/edit").with(user(admin)));
        assertThat(maxlength(rename, "name")).isEqualTo(PostLimits.TAG_NAME_MAX);
        assertThat(maxlength(rename, "into")).isEqualTo(PostLimits.TAG_NAME_MAX);
        assertThat(page(get("/posts/new").with(user(ada))).getElementById("tags-help").text())
                .contains("up to " + PostLimits.TAGS_PER_POST_MAX + " tags", "at most " + PostLimits.TAG_NAME_MAX + " characters");
    }

    @Test
    void accountFieldsTakeTheirMaximumFromTheUsersModule() throws Exception {
        Document register = page(get("/register"));
        assertThat(maxlength(register, "name")).isEqualTo(AccountLimits.NAME_MAX);
        assertThat(maxlength(register, "email")).isEqualTo(AccountLimits.EMAIL_MAX);
        assertThat(maxlength(register, "password")).isEqualTo(AccountLimits.PASSWORD_MAX);
        assertThat(register.select("label[for=password]").text())
                .isEqualTo("Password (" + AccountLimits.PASSWORD_MIN + " to " + AccountLimits.PASSWORD_MAX + " characters)");

        Document account = page(get("/account").with(user(ada)));
        assertThat(maxlength(account, "avatarUrl")).isEqualTo(AccountLimits.AVATAR_URL_MAX);

        Document login = page(get("/login"));
        assertThat(maxlength(login, "email")).isEqualTo(AccountLimits.EMAIL_MAX);
        assertThat(maxlength(login, "password")).isEqualTo(AccountLimits.PASSWORD_MAX);

        assertThat(maxlength(page(get("/admin/users").with(user(admin))), "q")).isEqualTo(UserSearch.MAX_TEXT_LENGTH);
    }

    @Test
    void commentFieldsTakeTheirMaximumFromTheCommentsModule() throws Exception {
        String slug = post(commands, ada, "Threads", true).slug();

        assertThat(maxlength(page(get("/posts/" + slug).with(user(ada))), "content")).isEqualTo(CommentLimits.TEXT_MAX);
    }

    @Test
    void aFieldWithAnErrorIsMarkedInvalidAndPointsAtItsMessage() throws Exception {
        Document form = page(post("/posts/new").with(user(ada)).with(csrf()).param("title", "t".repeat(PostLimits.TITLE_MAX + 1)));

        Element title = form.getElementById("title");
        assertThat(title.attr("aria-invalid")).isEqualTo("true");
        assertThat(title.attr("aria-describedby")).isEqualTo("title-error");
        assertThat(form.getElementById("title-error").text()).isEqualTo("At most " + PostLimits.TITLE_MAX + " characters.");
        assertThat(form.getElementById("excerpt").hasAttr("aria-invalid")).as("a field without error").isFalse();
    }

    @Test
    void helpTextIsReadWithItsFieldAndSoIsAnErrorBesideIt() throws Exception {
        Document fresh = page(get("/posts/new").with(user(ada)));
        assertThat(fresh.getElementById("slug").attr("aria-describedby")).isEqualTo("slug-help");
        assertThat(fresh.getElementById("slug-help").text()).contains("/posts/slug");

        Document refused = page(post("/posts/new").with(user(ada)).with(csrf()).param("title", "T")
                .param("slug", "s".repeat(PostLimits.SLUG_MAX + 1)));
        assertThat(refused.getElementById("slug").attr("aria-describedby")).isEqualTo("slug-help slug-error");
    }

    @Test
    void aFieldNoFormRecordBacksShowsTheMessageItIsGiven() throws Exception {
        Document results = page(get("/search").param("q", "x".repeat(SearchResults.MAX_QUERY_LENGTH + 1)));

        Element query = results.getElementById("q");
        assertThat(query.attr("aria-invalid")).isEqualTo("true");
        assertThat(query.attr("aria-describedby")).isEqualTo("q-error");
        assertThat(results.getElementById("q-error").text())
                .contains("at most " + SearchResults.MAX_QUERY_LENGTH + " characters");
    }
}
