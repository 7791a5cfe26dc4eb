package io.inkwell.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import io.inkwell.comments.test.CommentRows;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Monitors, link checkers and crawlers ask with HEAD: every public page answers it as it answers GET (the
 * container leaves the body out; OperationsSurfaceTest sees that on a real server).
 */
@WebTest
class PublicPagesAnswerHeadTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPublicPageAnswersHeadWithItsGetStatusAndHeaders() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada");
        UUID post = WebTestData.publishedPost(jdbc, ada, "Notes", "notes", Instant.parse("2026-03-01T10:00:00Z"));
        UUID comment = CommentRows.comment(jdbc, post, ada, null, "First!");
        PostRows.link(jdbc, post, PostRows.category(jdbc, "Essays", "essays"));
        PostRows.publishedPage(jdbc, "About", "about", "Who we are", Instant.parse("2026-03-01T10:00:00Z"));
        PostRows.tagLink(jdbc, post, PostRows.tag(jdbc, "Drafting", "drafting"));
        String preview = "T".repeat(43);
        PostRows.previewLink(jdbc, PostRows.draft(jdbc, ada, "Shared draft", "shared-draft"), preview, ada);

        List<String> publicPages = List.of("/", "/?after=garbage", "/posts/notes", "/posts/notes/comments/" + comment,
                "/categories", "/categories/essays", "/tags", "/tags/drafting", "/tags/drafting/feed.xml", "/authors/" + ada,
                "/search?q=notes", "/trending", "/feed.xml", "/sitemap.xml", "/about", "/actuator/health", "/css/inkwell.css",
                "/login", "/register", "/categories/essays/feed.xml", "/authors/" + ada + "/feed.xml", "/sitemaps/posts-1.xml",
                "/sitemaps/site-1.xml", "/sitemaps/tags-1.xml", "/sitemaps/pages-1.xml", "/robots.txt", "/preview/" + preview,
                "/js/autosave.js");

        for (String page : publicPages) {
            MockHttpServletResponse got = mvc.perform(get(page)).andReturn().getResponse();
            MockHttpServletResponse headed = mvc.perform(head(page)).andReturn().getResponse();

            assertThat(got.getStatus()).as("GET " + page).isEqualTo(200);
            assertThat(headed.getStatus()).as("HEAD " + page).isEqualTo(200);
            assertThat(headed.getContentType()).as("HEAD " + page).isEqualTo(got.getContentType());
            assertThat(headed.getHeader("Content-Security-Policy")).as("HEAD " + page).isNotBlank();
        }
    }

    @Test
    void headOnAPrivatePageStillAsksForALogin() throws Exception {
        MockHttpServletResponse admin = mvc.perform(head("/admin")).andReturn().getResponse();
        MockHttpServletResponse newPost = mvc.perform(head("/posts/new")).andReturn().getResponse();

        assertThat(admin.getStatus()).isEqualTo(302);
        assertThat(admin.getRedirectedUrl()).endsWith("/login");
        assertThat(newPost.getStatus()).isEqualTo(302);
    }
}
