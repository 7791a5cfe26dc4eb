package io.inkwell.web.site;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.test.PostRows;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Canonical links name the page under INKWELL_BASE_URL (https://blog.example in tests), whatever the Host. */
@WebTest
class CanonicalLinkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private static RequestPostProcessor from(String host) {
        return request -> {
            request.setServerName(host);
            request.setServerPort(443);
            request.setScheme("https");
            request.addHeader("Host", host);
            request.addHeader("X-Forwarded-Host", host);
            return request;
        };
    }

    private static String canonical(String url) {
        return "<link rel=\"canonical\" href=\"" + url + "\">";
    }

    @Test
    void aPageNamesItselfUnderTheBaseUrlWithTheParametersThatChooseItsContent() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada");
        WebTestData.publishedPost(jdbc, ada, "Notes", "notes", Instant.parse("2026-03-01T10:00:00Z"));

        mvc.perform(get("/").with(from("evil.example")))
                .andExpect(content().string(containsString(canonical("https://blog.example/"))))
                .andExpect(content().string(not(containsString("evil.example"))));
        mvc.perform(get("/posts/notes?utm_source=feed&replyTo=" + UUID.randomUUID()).with(from("evil.example")))
                .andExpect(content().string(containsString(canonical("https://blog.example/posts/notes"))));
        mvc.perform(get("/search?utm_source=x&q=notes &page=1"))
                .andExpect(content().string(containsString(canonical("https://blog.example/search?page=1&amp;q=notes+"))));
        PostRows.publishedPage(jdbc, "About", "about", "Who we are", Instant.parse("2026-03-01T10:00:00Z"));
        mvc.perform(get("/about?utm_source=x&page=2").with(from("evil.example")))
                .andExpect(content().string(containsString(canonical("https://blog.example/about"))));
        mvc.perform(get("/authors/" + ada + "?after=abc"))
                .andExpect(content().string(containsString(canonical("https://blog.example/authors/" + ada + "?after=abc"))));
    }

    @Test
    void errorAskedForDirectlyIsANotFoundPageWithoutCanonicalLink() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")))
                .andExpect(content().string(not(containsString("rel=\"canonical\""))));
    }
}
