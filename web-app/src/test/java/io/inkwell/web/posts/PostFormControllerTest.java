package io.inkwell.web.posts;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.CATEGORY_ADMIN;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.posts.Categories;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTest;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class PostFormControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    Categories categories;

    SignedInUser ada;
    SignedInUser bob;
    SignedInUser admin;
    UUID java;
    UUID go;

    @BeforeEach
    void givenPeopleAndCategories() {
        ada = person(jdbc, "Ada", Role.USER);
        bob = person(jdbc, "Bob", Role.USER);
        admin = person(jdbc, "Root", Role.ADMIN);
        java = categories.create(CATEGORY_ADMIN, "Java", null).id();
        go = categories.create(CATEGORY_ADMIN, "Go", null).id();
    }

    private String statusOf(String slug) {
        return jdbc.queryForObject("select status from posts where slug = ?", String.class, slug);
    }

    @Test
    void theNewPostFormIsForSignedInWritersOnly() throws Exception {
        mvc.perform(get("/posts/new")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/posts/new").with(user(person(jdbc, "Guest", Role.GUEST)))).andExpect(status().isForbidden());
        mvc.perform(get("/posts/new").with(user(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"title\">Title</label>")))
                .andExpect(content().string(containsString("Save draft")))
                .andExpect(content().string(containsString(">Publish<")))
                .andExpect(content().string(containsString(">Preview<")))
                .andExpect(content().string(containsString("value=\"" + java + "\"")));
    }

    @Test
    void savingADraftWithTwoCategoriesRedirectsToItsEditForm() throws Exception {
        mvc.perform(post("/posts/new").with(user(ada)).with(csrf())
                        .param("title", "My first post").param("content", "Hello *there*")
                        .param("categoryIds", java.toString(), go.toString()).param("action", "draft"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/posts/*/edit"));

        assertThat(statusOf("my-first-post")).isEqualTo("draft");
        assertThat(jdbc.queryForObject("select count(*) from post_categories", Integer.class)).isEqualTo(2);
    }

    @Test
    void tagsTypedInTheTagsFieldAreSavedAndShownWhenEditingAgain() throws Exception {
        post(commands, ada, "Earlier", true, java);
        mvc.perform(post("/posts/new").with(user(ada)).with(csrf())
                        .param("title", "Tagged").param("content", "x").param("tags", " Running ,trails,, RUNNING ")
                        .param("action", "publish"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.queryForObject("select id from posts where slug = 'tagged'", UUID.class);

        assertThat(jdbc.queryForList("select name from tags order by name", String.class)).containsExactly("Running", "trails");
        mvc.perform(get("/posts/" + id + "/edit").with(user(ada))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"tags\">Tags</label>")))
                .andExpect(content().string(containsString("value=\"Running, trails\"")));

        mvc.perform(post("/posts/" + id + "/edit").with(user(ada)).with(csrf())
                        .param("title", "Tagged").param("content", "x").param("tags", "trails").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select t.name from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = ?",
                String.class, id)).containsExactly("trails");
    }

    @Test
    void tooManyOrTooLongTagsAreAMessageBesideTheFieldAndKeepWhatWasTyped() throws Exception {
        String eleven = String.join(", ", IntStream.rangeClosed(1, 11).mapToObj(i -> "tag" + i).toList());

        mvc.perform(post("/posts/new").with(user(ada)).with(csrf())
                        .param("title", "Too many").param("content", "x").param("tags", eleven).param("action", "publish"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "tags"))
                .andExpect(content().string(containsString("at most 10 tags")))
                .andExpect(content().string(containsString("value=\"" + eleven + "\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/posts/new").with(user(ada)).with(csrf())
                        .param("title", "Too long").param("content", "x").param("tags", "fine, " + "y".repeat(51)).param("action", "draft"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "tags"))
                .andExpect(content().string(containsString("at most 50 characters")))
                .andExpect(content().string(containsString("value=\"Too long\"")));

        assertThat(jdbc.queryForObject("select count(*) from posts where slug in ('too-many', 'too-long')", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from tags", Integer.class)).isZero();
    }

    @Test
    void publishingFromTheFormMakesThePostPublic() throws Exception {
        mvc.perform(post("/posts/new").with(user(ada)).with(csrf())
                        .param("title", "Live now").param("content", "x").param("action", "publish"))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf("live-now")).isEqualTo("published");
        mvc.perform(get("/")).andExpect(content().string(containsString("Live now")));
    }

    @Test
    void previewRendersTheMarkdownAndSavesNothing() throws Exception {
        mvc.perform(post("/posts/new").with(user(ada)).with(csrf())
                        .param("title", "Preview me").param("content", "## Sub\n\n<img src=x onerror=alert(1)>")
                        .param("action", "preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2>Sub</h2>")))
                .andExpect(content().string(containsString("<img src=\"x\">")))
                .andExpect(content().string(not(containsString("<img src=\"x\" onerror"))))
                .andExpect(content().string(containsString("value=\"Preview me\"")));

        assertThat(jdbc.queryForObject("select count(*) from posts", Integer.class)).isZero();
    }

    @Test
    void badInputRedisplaysTheFormWithMessagesAndValues() throws Exception {
        mvc.perform(post("/posts/new").with(user(ada)).with(csrf())
                        .param("title", " ").param("content", "kept text").param("featuredImageUrl", "javascript:alert(1)"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "title", "featuredImageUrl"))
                .andExpect(content().string(containsString("A post needs a title.")))
                .andExpect(content().string(containsString("kept text")));
        mvc.perform(post("/posts/new").with(user(ada)).with(csrf()).param("title", "T").param("categoryIds", "not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "categoryIds"));
        assertThat(jdbc.queryForObject("select count(*) from posts", Integer.class)).isZero();
    }

    @Test
    void aTakenSlugIsAFieldError() throws Exception {
        post(commands, bob, "Taken", false);

        mvc.perform(post("/posts/new").with(user(ada)).with(csrf()).param("title", "Mine").param("slug", "taken"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "slug"));
    }

    @Test
    void writesWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/posts/new").with(user(ada)).param("title", "No token")).andExpect(status().isForbidden());
    }

    @Test
    void theEditFormIsForTheAuthorAndAdmins() throws Exception {
        PostRef ref = post(commands, ada, "Editable", false, java);

        mvc.perform(get("/posts/" + ref.id() + "/edit").with(user(ada))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Editable\"")))
                .andExpect(content().string(containsString("checked")));
        mvc.perform(get("/posts/" + ref.id() + "/edit").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/posts/" + ref.id() + "/edit").with(user(bob))).andExpect(status().isForbidden());
        mvc.perform(get("/posts/" + UUID.randomUUID() + "/edit").with(user(ada))).andExpect(status().isNotFound());
        mvc.perform(get("/posts/nonsense/edit").with(user(ada))).andExpect(status().isBadRequest());
    }

    @Test
    void editingSavesAndAStaleFormGetsAClearMessage() throws Exception {
        PostRef ref = post(commands, ada, "Before", false);

        mvc.perform(post("/posts/" + ref.id() + "/edit").with(user(ada)).with(csrf())
                        .param("title", "After").param("slug", "before").param("content", "new").param("version", "0"))
                .andExpect(redirectedUrl("/posts/" + ref.id() + "/edit"));
        mvc.perform(post("/posts/" + ref.id() + "/edit").with(user(admin)).with(csrf())
                        .param("title", "Overwrite").param("slug", "before").param("content", "old").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("changed by someone else")))
                .andExpect(content().string(containsString("value=\"Overwrite\"")));

        assertThat(jdbc.queryForObject("select title from posts where id = ?", String.class, ref.id())).isEqualTo("After");
        mvc.perform(post("/posts/" + ref.id() + "/edit").with(user(bob)).with(csrf()).param("title", "Hijack").param("version", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/posts/" + ref.id() + "/edit").with(user(ada)).with(csrf()).param("title", "").param("version", "1"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/posts/" + ref.id() + "/edit").with(user(ada)).with(csrf()).param("title", "x").param("slug", "!!")
                        .param("version", "1"))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("form", "slug"));
        mvc.perform(post("/posts/" + ref.id() + "/edit").with(user(ada)).with(csrf()).param("title", "Previewed")
                        .param("content", "*hi*").param("action", "preview"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<em>hi</em>")));
    }

    @Test
    void statusButtonsPublishArchiveAndReturnToDraft() throws Exception {
        PostRef ref = post(commands, ada, "Cycle", false);
        String base = "/posts/" + ref.id();

        mvc.perform(post(base + "/publish").with(user(ada)).with(csrf())).andExpect(redirectedUrl(base + "/edit"));
        assertThat(statusOf("cycle")).isEqualTo("published");
        mvc.perform(get(base + "/edit").with(user(ada))).andExpect(content().string(containsString(">Archive<")));
        mvc.perform(post(base + "/archive").with(user(ada)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(statusOf("cycle")).isEqualTo("archived");
        mvc.perform(post(base + "/draft").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(statusOf("cycle")).isEqualTo("draft");
        mvc.perform(post(base + "/publish").with(user(bob)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(base + "/publish").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(statusOf("cycle")).isEqualTo("draft");
    }

    @Test
    void anAuthorDemotedToGuestCanNoLongerPublishArchiveReturnToDraftOrDeleteTheirPost() throws Exception {
        PostRef ref = post(commands, ada, "Before demotion", false);
        String base = "/posts/" + ref.id();
        jdbc.update("update users set role = 'guest' where id = ?", ada.id());
        SignedInUser demoted = TestAccounts.signedIn(ada.id(), ada.email(), ada.name(), Role.GUEST);

        for (String action : new String[] {"/publish", "/archive", "/draft", "/delete"}) {
            mvc.perform(post(base + action).with(user(demoted)).with(csrf())).andExpect(status().isForbidden())
                    .andExpect(view().name("error/403"));
        }

        assertThat(statusOf("before-demotion")).as("still there, still a draft").isEqualTo("draft");
    }

    @Test
    void deletingAsksForConfirmationFirst() throws Exception {
        PostRef ref = post(commands, ada, "Doomed", true);
        String base = "/posts/" + ref.id();

        mvc.perform(get(base + "/delete").with(user(ada))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Delete post")));
        mvc.perform(get(base + "/delete").with(user(bob))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/delete").with(user(bob)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(base + "/delete").with(user(ada)).with(csrf())).andExpect(redirectedUrl("/me/posts"));

        assertThat(jdbc.queryForObject("select count(*) from posts", Integer.class)).isZero();
        mvc.perform(post(base + "/delete").with(user(ada)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void myPostsListsOnlyMineWithAStatusFilter() throws Exception {
        post(commands, ada, "Ada live", true);
        post(commands, ada, "Ada draft", false);
        post(commands, bob, "Bob post", true);

        mvc.perform(get("/me/posts").with(user(ada))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ada live")))
                .andExpect(content().string(containsString("Ada draft")))
                .andExpect(content().string(not(containsString("Bob post"))));
        mvc.perform(get("/me/posts").param("status", "draft").with(user(ada)))
                .andExpect(content().string(not(containsString("Ada live"))))
                .andExpect(content().string(containsString("Ada draft")));
        mvc.perform(get("/me/posts").param("status", "bogus").with(user(bob))).andExpect(status().isOk())
                .andExpect(content().string(startsWith("<!DOCTYPE html>")));
        mvc.perform(get("/me/posts")).andExpect(status().is3xxRedirection());
    }
}
