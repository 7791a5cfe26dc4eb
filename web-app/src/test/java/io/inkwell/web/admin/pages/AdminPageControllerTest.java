package io.inkwell.web.admin.pages;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PageRef;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /admin/pages: the list, the editor with its preview, publishing, drafts and deleting, and every refusal. */
@WebTest
class AdminPageControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PageCommands commands;

    SignedInUser admin;

    @BeforeEach
    void givenAnAdmin() {
        admin = person(jdbc, "Root", Role.ADMIN);
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(admin)).with(csrf());
    }

    private int pageCount() {
        return jdbc.queryForObject("select count(*) from pages", Integer.class);
    }

    private String title(UUID id) {
        return jdbc.queryForObject("select title from pages where id = ?", String.class, id);
    }

    @Test
    void theListSaysWhenThereAreNoPagesAndOffersANewOne() throws Exception {
        mvc.perform(get("/admin/pages").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No pages yet.")))
                .andExpect(content().string(containsString("href=\"/admin/pages/new\"")));
        mvc.perform(get("/admin/pages/new").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"title\">Title</label>")))
                .andExpect(content().string(containsString("<label for=\"slug\">Slug</label>")))
                .andExpect(content().string(containsString("<label for=\"content\">Content (Markdown)</label>")));
    }

    @Test
    void theListShowsEachPageWithItsStatusAndAddress() throws Exception {
        commands.create(admin.actor(), new PageDraft("Contact", null, "x"), false);
        commands.create(admin.actor(), new PageDraft("About", null, "x"), true);

        mvc.perform(get("/admin/pages").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"/about\">/about</a>")))
                .andExpect(content().string(containsString("<span>/contact</span>")))
                .andExpect(content().string(containsString(">published</td>")))
                .andExpect(content().string(containsString(">draft</td>")));
    }

    @Test
    void anAdminWritesADraftPreviewsItAndPublishesIt() throws Exception {
        mvc.perform(post("/admin/pages/new").with(user(admin)).with(csrf())
                        .param("title", "About").param("slug", "").param("content", "We brew **tea**.").param("action", "draft"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "Saved."));
        UUID id = jdbc.queryForObject("select id from pages where slug = 'about'", UUID.class);
        mvc.perform(get("/about")).andExpect(status().isNotFound());

        mvc.perform(post("/admin/pages/" + id + "/edit").with(user(admin)).with(csrf())
                        .param("title", "About").param("slug", "about").param("content", "We brew *green* tea.")
                        .param("version", "0").param("action", "preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<em>green</em>")))
                .andExpect(content().string(containsString("readers cannot see it")));
        assertThat(jdbc.queryForObject("select content from pages where id = ?", String.class, id)).isEqualTo("We brew **tea**.");

        mvc.perform(post("/admin/pages/" + id + "/edit").with(user(admin)).with(csrf())
                        .param("title", "About").param("slug", "about").param("content", "We brew *green* tea.")
                        .param("version", "0").param("action", "publish"))
                .andExpect(redirectedUrl("/admin/pages/" + id + "/edit"))
                .andExpect(flash().attribute("message", "Published."));
        mvc.perform(get("/about")).andExpect(status().isOk()).andExpect(content().string(containsString("<em>green</em>")));
        mvc.perform(get("/admin/pages/" + id + "/edit").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("View page")))
                .andExpect(content().string(containsString("value=\"1\"")));
    }

    @Test
    void publishAndReturnToDraftFromTheList() throws Exception {
        PageRef page = commands.create(admin.actor(), new PageDraft("Colophon", null, "x"), false);

        mvc.perform(asAdmin(post("/admin/pages/" + page.id() + "/publish")))
                .andExpect(redirectedUrl("/admin/pages")).andExpect(flash().attribute("message", "Published at /colophon."));
        mvc.perform(get("/colophon")).andExpect(status().isOk());

        mvc.perform(asAdmin(post("/admin/pages/" + page.id() + "/draft")))
                .andExpect(redirectedUrl("/admin/pages"));
        mvc.perform(get("/colophon")).andExpect(status().isNotFound());
    }

    @Test
    void aDraftAtAnAddressTheSiteReservedSinceIsNotPublishedAndTheListSaysWhy() throws Exception {
        UUID draft = PostRows.draftPage(jdbc, "Search help", "search", "x");

        mvc.perform(asAdmin(post("/admin/pages/" + draft + "/publish")))
                .andExpect(redirectedUrl("/admin/pages"))
                .andExpect(flash().attribute("error", containsString("/search belongs to the site itself")));
        assertThat(jdbc.queryForObject("select status from pages where id = ?", String.class, draft)).isEqualTo("draft");
    }

    @Test
    void badInputIsShownBesideItsFieldAndNothingIsStored() throws Exception {
        commands.create(admin.actor(), new PageDraft("About", null, "x"), true);

        mvc.perform(asAdmin(post("/admin/pages/new")).param("title", " ").param("content", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "title"))
                .andExpect(content().string(containsString("A page needs a title.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(asAdmin(post("/admin/pages/new")).param("title", "x".repeat(PostLimits.TITLE_MAX + 1)))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("form", "title"));
        mvc.perform(asAdmin(post("/admin/pages/new")).param("title", "T").param("content", "x".repeat(PostLimits.CONTENT_MAX + 1)))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("form", "content"));
        mvc.perform(asAdmin(post("/admin/pages/new")).param("title", "T").param("slug", "x".repeat(PostLimits.SLUG_MAX + 1)))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("form", "slug"));
        mvc.perform(asAdmin(post("/admin/pages/new")).param("title", "Another about").param("slug", "about"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Another page already uses the slug")))
                .andExpect(content().string(containsString("value=\"Another about\"")));
        mvc.perform(asAdmin(post("/admin/pages/new")).param("title", "Admin").param("content", "x").param("action", "publish"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "slug"))
                .andExpect(content().string(containsString("The address /admin belongs to the site itself")));

        assertThat(pageCount()).isEqualTo(1);
    }

    @Test
    void aStaleFormIsRefusedWithItsValuesKeptAndNothingStored() throws Exception {
        PageRef page = commands.create(admin.actor(), new PageDraft("About", null, "x"), false);
        commands.update(admin.actor(), page.id(), 0, new PageDraft("About us", "about", "y"), false);

        mvc.perform(asAdmin(post("/admin/pages/" + page.id() + "/edit")).param("title", "My about").param("slug", "about")
                        .param("content", "z").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("changed by someone else")))
                .andExpect(content().string(containsString("value=\"My about\"")));
        assertThat(title(page.id())).isEqualTo("About us");

        mvc.perform(asAdmin(post("/admin/pages/" + page.id() + "/edit")).param("title", "My about").param("version", "damaged"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "version"));
        assertThat(title(page.id())).isEqualTo("About us");
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() throws Exception {
        for (String id : new String[] {UUID.randomUUID().toString(), "not-an-id"}) {
            mvc.perform(get("/admin/pages/" + id + "/edit").with(user(admin))).andExpect(status().isNotFound());
            mvc.perform(get("/admin/pages/" + id + "/delete").with(user(admin))).andExpect(status().isNotFound());
            mvc.perform(asAdmin(post("/admin/pages/" + id + "/edit")).param("title", "T")).andExpect(status().isNotFound());
            mvc.perform(asAdmin(post("/admin/pages/" + id + "/publish"))).andExpect(status().isNotFound());
            mvc.perform(asAdmin(post("/admin/pages/" + id + "/draft"))).andExpect(status().isNotFound());
            mvc.perform(asAdmin(post("/admin/pages/" + id + "/delete"))).andExpect(status().isNotFound());
        }
    }

    @Test
    void deletingAsksFirstThenRemovesThePage() throws Exception {
        PageRef page = commands.create(admin.actor(), new PageDraft("About", null, "x"), true);

        mvc.perform(get("/admin/pages/" + page.id() + "/delete").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Delete this page?")))
                .andExpect(content().string(containsString("“About” will be gone for good")))
                .andExpect(content().string(containsString("Keep it")));
        mvc.perform(asAdmin(post("/admin/pages/" + page.id() + "/delete")))
                .andExpect(redirectedUrl("/admin/pages")).andExpect(flash().attribute("message", "Page deleted."));

        assertThat(pageCount()).isZero();
        mvc.perform(get("/about")).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsManagePagesAndEveryWriteNeedsItsToken() throws Exception {
        PageRef page = commands.create(admin.actor(), new PageDraft("About", null, "x"), false);
        SignedInUser author = person(jdbc, "Ada", Role.USER);

        mvc.perform(get("/admin/pages")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/pages").with(user(author))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/pages/new").with(user(author)).with(csrf()).param("title", "Mine")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/pages/" + page.id() + "/publish").with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/pages/new").with(user(admin)).param("title", "No token")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/pages/" + page.id() + "/delete").with(user(admin))).andExpect(status().isForbidden());

        assertThat(pageCount()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from pages", String.class)).isEqualTo("draft");
    }

    @Test
    void theEditorNeverShowsAStackTraceForHostileInput() throws Exception {
        mvc.perform(asAdmin(post("/admin/pages/new")).param("title", "Hostile\u0000 title").param("content", "<script>x()</script>")
                        .param("action", "preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>x()"))));
    }
}
