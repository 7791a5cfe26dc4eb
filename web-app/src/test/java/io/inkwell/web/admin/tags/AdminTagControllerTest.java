package io.inkwell.web.admin.tags;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.TagView;
import io.inkwell.posts.Tags;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class AdminTagControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    Tags tags;

    SignedInUser admin;
    SignedInUser ada;

    @BeforeEach
    void givenAnAdminAndAnAuthor() {
        admin = person(jdbc, "Root", Role.ADMIN);
        ada = person(jdbc, "Ada", Role.USER);
    }

    private TagView tag(String name) {
        return tags.byName(name).orElseThrow();
    }

    private String edit(TagView tag) {
        return "/admin/tags/" + tag.id() + "/edit";
    }

    @Test
    void onlyAdminsManageTags() throws Exception {
        post(commands, ada, "Post", true, List.of("java"));
        String edit = edit(tag("java"));

        mvc.perform(get("/admin/tags")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/tags").with(user(ada))).andExpect(status().isForbidden());
        mvc.perform(get(edit).with(user(ada))).andExpect(status().isForbidden());
        mvc.perform(post(edit).with(user(ada)).with(csrf()).param("name", "Jakarta")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/tags/" + tag("java").id() + "/delete").with(user(ada)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(tag("java").name()).isEqualTo("java");
    }

    @Test
    void aPostWithoutItsCsrfTokenChangesNothing() throws Exception {
        post(commands, ada, "Post", true, List.of("java", "jvm"));
        TagView java = tag("java");

        mvc.perform(post(edit(java)).with(user(admin)).param("name", "Jakarta")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/tags/" + java.id() + "/merge").with(user(admin)).param("into", "jvm"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/tags/" + java.id() + "/delete").with(user(admin))).andExpect(status().isForbidden());
        assertThat(tags.byId(java.id())).contains(java);
    }

    @Test
    void theListShowsEveryTagByNameWithItsPublishedPosts() throws Exception {
        post(commands, ada, "Live", true, List.of("zebra", "Apple"));
        post(commands, ada, "Draft", false, List.of("mango"));

        var page = Jsoup.parse(mvc.perform(get("/admin/tags").with(user(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("table.data tbody tr td:first-child").eachText()).containsExactly("Apple", "mango", "zebra");
        assertThat(page.select("table.data tbody tr td.count").eachText()).containsExactly("1", "0", "1");
        assertThat(page.select("table.data a[href=/tags/apple]")).isNotEmpty();
        assertThat(page.select("table.data a[href=/tags/mango]")).as("no public page to link to").isEmpty();
        assertThat(page.text()).contains("3 tags");
        assertThat(page.select("nav.pagination")).as("one page needs no links").isEmpty();
    }

    @Test
    void anEmptyListSaysSo() throws Exception {
        mvc.perform(get("/admin/tags").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No tags yet.")));
    }

    @Test
    void renamingMovesTheAddressAndTheOldOneRedirects() throws Exception {
        post(commands, ada, "Post", true, List.of("js"));
        TagView js = tag("js");

        mvc.perform(get(edit(js)).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"js\"")));
        mvc.perform(post(edit(js)).with(user(admin)).with(csrf()).param("name", "JavaScript"))
                .andExpect(redirectedUrl("/admin/tags"))
                .andExpect(flash().attribute("message", "Tag \"js\" renamed to \"JavaScript\"."));

        assertThat(tags.byId(js.id()).orElseThrow().slug()).isEqualTo("javascript");
        mvc.perform(get("/tags/js")).andExpect(redirectedUrl("/tags/javascript"));
    }

    @Test
    void aTakenOrBadNameIsAFieldErrorThatKeepsWhatWasTyped() throws Exception {
        post(commands, ada, "Post", true, List.of("Java", "Kotlin"));
        String edit = edit(tag("kotlin"));

        mvc.perform(post(edit).with(user(admin)).with(csrf()).param("name", "JAVA"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("renameForm", "name"))
                .andExpect(content().string(containsString("already exists")))
                .andExpect(content().string(containsString("value=\"JAVA\"")));
        mvc.perform(post(edit).with(user(admin)).with(csrf()).param("name", "a, b"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cannot hold a comma")));
        mvc.perform(post(edit).with(user(admin)).with(csrf()).param("name", " "))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("renameForm", "name"));
        mvc.perform(post(edit).with(user(admin)).with(csrf()).param("name", "x".repeat(51)))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("renameForm", "name"));
        assertThat(tag("kotlin").name()).isEqualTo("Kotlin");
    }

    @Test
    void mergingMovesThePostsAndDeletesTheTag() throws Exception {
        PostRef onlyJs = post(commands, ada, "Only js", true, List.of("js"));
        post(commands, ada, "Both", true, List.of("js", "JavaScript"));
        TagView js = tag("js");

        mvc.perform(post("/admin/tags/" + js.id() + "/merge").with(user(admin)).with(csrf()).param("into", " javascript "))
                .andExpect(redirectedUrl("/admin/tags"))
                .andExpect(flash().attribute("message", "Tag \"js\" merged into \"JavaScript\"."));

        assertThat(tags.byId(js.id())).isEmpty();
        assertThat(tag("javascript").postCount()).isEqualTo(2);
        mvc.perform(get("/posts/" + onlyJs.slug())).andExpect(content().string(containsString("href=\"/tags/javascript\"")));
        mvc.perform(get("/tags/js")).andExpect(redirectedUrl("/tags/javascript"));
    }

    @Test
    void mergingIntoAnUnknownTagOrItselfIsAFieldError() throws Exception {
        post(commands, ada, "Post", true, List.of("js"));
        TagView js = tag("js");
        String merge = "/admin/tags/" + js.id() + "/merge";

        mvc.perform(post(merge).with(user(admin)).with(csrf()).param("into", "typescript"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("mergeForm", "into"))
                .andExpect(content().string(containsString("There is no tag named “typescript”.")))
                .andExpect(content().string(containsString("value=\"typescript\"")));
        mvc.perform(post(merge).with(user(admin)).with(csrf()).param("into", "JS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cannot be merged into itself")));
        mvc.perform(post(merge).with(user(admin)).with(csrf()).param("into", ""))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("mergeForm", "into"));
        assertThat(tags.byId(js.id())).isPresent();
    }

    @Test
    void deletingAsksFirstThenTakesTheTagOffItsPosts() throws Exception {
        PostRef post = post(commands, ada, "Post", true, List.of("doomed", "kept"));
        TagView doomed = tag("doomed");

        mvc.perform(get("/admin/tags/" + doomed.id() + "/delete").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Delete the tag “doomed”?")))
                .andExpect(content().string(containsString("Delete tag")));
        mvc.perform(post("/admin/tags/" + doomed.id() + "/delete").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/tags"))
                .andExpect(flash().attribute("message", "Tag \"doomed\" deleted."));

        assertThat(tags.byId(doomed.id())).isEmpty();
        mvc.perform(get("/posts/" + post.slug())).andExpect(content().string(org.hamcrest.Matchers.not(containsString("/tags/doomed"))));
    }

    @Test
    void unknownOrMalformedIdsAre404Pages() throws Exception {
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
            mvc.perform(get("/admin/tags/" + id + "/edit").with(user(admin))).andExpect(status().isNotFound());
            mvc.perform(post("/admin/tags/" + id + "/edit").with(user(admin)).with(csrf()).param("name", "x"))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/admin/tags/" + id + "/merge").with(user(admin)).with(csrf()).param("into", "x"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/admin/tags/" + id + "/delete").with(user(admin))).andExpect(status().isNotFound());
            mvc.perform(post("/admin/tags/" + id + "/delete").with(user(admin)).with(csrf())).andExpect(status().isNotFound());
        }
    }

    @Test
    void aLongListIsPaged() throws Exception {
        UUID post = PostRows.published(jdbc, ada.id(), "Everything", "everything", Instant.parse("2026-01-01T00:00:00Z"));
        for (int i = 0; i < AdminTagController.PAGE_SIZE + 1; i++) {
            PostRows.tagLink(jdbc, post, PostRows.tag(jdbc, String.format("tag %02d", i), String.format("tag-%02d", i)));
        }

        var second = Jsoup.parse(mvc.perform(get("/admin/tags").param("page", "2").with(user(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(second.select("table.data tbody tr td:first-child").eachText()).containsExactly("tag 50");
        assertThat(second.text()).contains("Page 2 of 2");
        assertThat(second.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/admin/tags?page=1");
    }
}
