package io.inkwell.web.pages;

import static io.inkwell.web.security.TestAccounts.person;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PageRef;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** /{slug}: published pages for everyone, nothing else, and never in the way of a route of the site. */
@WebTest
class PageControllerTest {

    private static final Instant MARCH = Instant.parse("2026-03-01T10:00:00Z");

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

    @Test
    void aPublishedPageIsReadByAnyoneWithItsTitleDescriptionAndCanonicalLink() throws Exception {
        commands.create(admin.actor(), new PageDraft("About", null, "We write about **tea** <script>x()</script>"), true);

        mvc.perform(get("/about?utm_source=mail"))
                .andExpect(status().isOk())
                .andExpect(view().name("pages/detail"))
                .andExpect(content().string(containsString("<title>About · Inkwell</title>")))
                .andExpect(content().string(containsString("<meta name=\"description\" content=\"We write about tea\">")))
                .andExpect(content().string(containsString("<link rel=\"canonical\" href=\"https://blog.example/about\">")))
                .andExpect(content().string(containsString("<h1>About</h1>")))
                .andExpect(content().string(containsString("<strong>tea</strong>")))
                .andExpect(content().string(not(containsString("<script>x()"))));
        mvc.perform(head("/about")).andExpect(status().isOk()).andExpect(header().exists("Content-Security-Policy"));
    }

    @Test
    void aDraftIsNotFoundForReadersAndAdminsAlike() throws Exception {
        commands.create(admin.actor(), new PageDraft("Contact", null, "Write to us"), false);

        mvc.perform(get("/contact")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(get("/contact").with(user(admin))).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownSlugIsNotFoundForAnonymousReadersToo() throws Exception {
        mvc.perform(get("/no-such-page")).andExpect(status().isNotFound());
        mvc.perform(head("/no-such-page")).andExpect(status().isNotFound());
    }

    @Test
    void aRenamedPagesOldAddressMovesPermanentlyToTheNewOne() throws Exception {
        PageRef about = commands.create(admin.actor(), new PageDraft("About", null, "x"), true);
        commands.update(admin.actor(), about.id(), 0, new PageDraft("About us", "about-us", "x"), false);

        mvc.perform(get("/about")).andExpect(status().isMovedPermanently()).andExpect(redirectedUrl("/about-us"));
        mvc.perform(get("/about-us")).andExpect(status().isOk());
    }

    @Test
    void whatIsNoSlugIsNoPage() throws Exception {
        PostRows.publishedPage(jdbc, "About", "about", "x", MARCH);

        mvc.perform(get("/About").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/about.html").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/" + "a".repeat(301)).with(user(admin))).andExpect(status().isNotFound());
    }

    @Test
    void theSitesRoutesWinOverAPageThatHasTheirName() throws Exception {
        // Written before the routes were reserved, or past the service: the route still answers.
        PostRows.publishedPage(jdbc, "Trending topics", "trending", "A page", MARCH);
        PostRows.publishedPage(jdbc, "Media kit", "media", "A page", MARCH);

        mvc.perform(get("/trending")).andExpect(status().isOk()).andExpect(view().name("trending/list"));
        mvc.perform(get("/css/inkwell.css")).andExpect(status().isOk());
        mvc.perform(get("/media").with(user(admin))).andExpect(status().isNotFound());
        // The images' own prefix: no page, whoever asks.
        mvc.perform(get("/media")).andExpect(status().isNotFound());
    }
}
