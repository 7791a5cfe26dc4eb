package io.inkwell.web.forms;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** fragments/confirm.html as the post and account pages use it: the question, the POST, and the way back. */
@WebTest
class ConfirmationPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    @Test
    void deletingAPostAsksPostsToItsActionAndKeepItLeadsBackToTheEditor() throws Exception {
        SignedInUser ada = person(jdbc, "Ada", Role.USER);
        PostRef post = post(commands, ada, "Short-lived", false);

        Document page = page(get("/posts/{id}/delete", post.id()).with(user(ada)));

        assertThat(page.title()).isEqualTo("Delete post · Inkwell");
        assertThat(page.select("h1").text()).isEqualTo("Delete this post?");
        assertThat(page.select("main p").first().text()).isEqualTo("“Short-lived” and its comments will be gone for good.");
        Element form = page.selectFirst("main form[method=post]");
        assertThat(form.attr("action")).isEqualTo("/posts/" + post.id() + "/delete");
        assertThat(form.select("button.danger").text()).isEqualTo("Delete post");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(form.select("a:contains(Keep it)").attr("href")).isEqualTo("/posts/" + post.id() + "/edit");
    }

    @Test
    void anAccountChangeCarriesItsChoicesAndAChangeThatChangesNothingOffersNoButton() throws Exception {
        SignedInUser admin = person(jdbc, "Root", Role.ADMIN);
        SignedInUser bob = person(jdbc, "Bob", Role.USER);

        Element form = page(get("/admin/users/{id}/access", bob.id()).with(user(admin))
                .param("role", "ADMIN").param("status", "ACTIVE")).selectFirst("main form[method=post]");
        assertThat(form.select("input[name=role]").val()).isEqualTo("ADMIN");
        assertThat(form.select("input[name=status]").val()).isEqualTo("ACTIVE");
        assertThat(form.select("button").hasClass("danger")).as("promoting locks nobody out").isFalse();

        Document unchanged = page(get("/admin/users/{id}/access", bob.id()).with(user(admin))
                .param("role", "USER").param("status", "ACTIVE"));
        assertThat(unchanged.select("main form")).isEmpty();
        assertThat(unchanged.select("main a:contains(Back)").attr("href")).isEqualTo("/admin/users");
    }
}
