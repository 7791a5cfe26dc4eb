package io.inkwell.web.templates;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.users.Role;
import io.inkwell.web.support.CookieJar;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Kept fragments on real pages: what changes shows at once, and every reader's forms carry their own token. */
@WebTest
class RenderedFragmentsTest {

    private static final Pattern REPORT_FORM_TOKEN =
            Pattern.compile("action=\"/posts/kept/comments/[^\"]+/report\">\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RenderedFragments fragments;

    SignedInUser author;
    UUID post;

    @BeforeEach
    void givenAPublishedPost() {
        author = person(jdbc, "Ada Author", Role.USER);
        post = WebTestData.publishedPost(jdbc, author.id(), "Kept title", "kept", Instant.parse("2026-01-01T10:00:00Z"));
    }

    @Test
    void aKeptCommentListIsServedWithEachReadersOwnCsrfToken() throws Exception {
        UUID comment = comment(jdbc, post, author.id(), null, "Worth reporting");
        SignedInUser carol = person(jdbc, "Carol Reader", Role.USER);
        SignedInUser dave = person(jdbc, "Dave Reader", Role.USER);
        CookieJar carolBrowser = new CookieJar();
        CookieJar daveBrowser = new CookieJar();

        String carolToken = reportToken(page(carol, carolBrowser));
        long hitsBefore = fragments.hits();
        String daveToken = reportToken(page(dave, daveBrowser));

        assertThat(fragments.hits()).as("Dave's list is Carol's, kept").isGreaterThan(hitsBefore);
        assertThat(daveToken).isNotEqualTo(carolToken).doesNotStartWith("csrf-token-");
        mvc.perform(post("/posts/kept/comments/{id}/report", comment).param("_csrf", carolToken)
                        .with(user(dave)).with(daveBrowser))
                .andExpect(status().isForbidden());
        mvc.perform(post("/posts/kept/comments/{id}/report", comment).param("_csrf", daveToken)
                        .with(user(dave)).with(daveBrowser))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aChangedPostShowsOnItsCardAtOnce() throws Exception {
        SignedInUser reader = person(jdbc, "Eve Reader", Role.USER);
        assertThat(listing(reader)).contains(">Kept title</a>").contains("0 comments");

        jdbc.update("update posts set title = 'Retitled' where id = ?", post);
        comment(jdbc, post, author.id(), null, "First!");

        assertThat(listing(reader)).contains(">Retitled</a>").doesNotContain(">Kept title</a>").contains("1 comment");
    }

    @Test
    void aCardWhoseOnlyChangeIsItsViewCountIsServedKept() throws Exception {
        SignedInUser reader = person(jdbc, "Gus Reader", Role.USER);
        listing(reader);

        jdbc.update("update posts set view_count = view_count + 5 where id = ?", post);
        long renderedBefore = fragments.misses();
        assertThat(listing(reader)).contains(">Kept title</a>");

        assertThat(fragments.misses()).as("no card rendered again").isEqualTo(renderedBefore);
    }

    @Test
    void aNewCommentShowsInTheKeptListAtOnce() throws Exception {
        SignedInUser reader = person(jdbc, "Fay Reader", Role.USER);
        comment(jdbc, post, author.id(), null, "The first word");
        assertThat(page(reader, new CookieJar())).contains("The first word").doesNotContain("A second word");

        comment(jdbc, post, reader.id(), null, "A second word");

        assertThat(page(reader, new CookieJar())).contains("The first word").contains("A second word");
    }

    /** The post page as the reader's browser gets it: its session (and so its CSRF token) kept in the jar. */
    private String page(SignedInUser reader, CookieJar browser) throws Exception {
        return browser.keep(mvc.perform(get("/posts/kept").with(user(reader)).with(browser)).andExpect(status().isOk()))
                .andReturn().getResponse().getContentAsString();
    }

    private String listing(SignedInUser reader) throws Exception {
        return mvc.perform(get("/").with(user(reader))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String reportToken(String page) {
        Matcher report = REPORT_FORM_TOKEN.matcher(page);
        assertThat(report.find()).as("a report form with its token in:\n%s", page).isTrue();
        return report.group(1);
    }
}
