package io.inkwell.web.limits;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostRef;
import io.inkwell.users.Role;
import io.inkwell.web.support.WebTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One reader refreshing a post counts one view. The page cache is on, as in production, so most of these
 * requests are served from its copy and go through the same rule as the rendered ones.
 */
@WebTest(properties = "inkwell.page-cache.ttl=1h")
class ReaderViewsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    PostReading posts;

    private static MockHttpServletRequestBuilder read(String slug, String address, String userAgent) {
        return get("/posts/" + slug).header("User-Agent", userAgent).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    /**
     * The post's views once they read {@code expected}, or what they read after a while: a background flush
     * moving the counts to the database hides them for a moment, so one read could show fewer.
     */
    private long viewsOf(String slug, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long views = posts.findBySlug(slug, null).orElseThrow().viewCount();
        while (views != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
            views = posts.findBySlug(slug, null).orElseThrow().viewCount();
        }
        return views;
    }

    @Test
    void threeHundredRequestsFromOneReaderCountOneView() throws Exception {
        PostRef post = post(commands, person(jdbc, "Ada", Role.USER), "Popular", true);

        for (int i = 0; i < 300; i++) {
            mvc.perform(read(post.slug(), "203.0.113.7", "Firefox")).andExpect(status().isOk());
        }

        assertThat(viewsOf(post.slug(), 1)).isEqualTo(1);
    }

    @Test
    void twoAddressesCountTwoViews() throws Exception {
        PostRef post = post(commands, person(jdbc, "Ada", Role.USER), "Shared", true);

        for (int i = 0; i < 5; i++) {
            mvc.perform(read(post.slug(), "203.0.113.7", "Firefox")).andExpect(status().isOk());
            mvc.perform(read(post.slug(), "198.51.100.1", "Firefox")).andExpect(status().isOk());
        }

        assertThat(viewsOf(post.slug(), 2)).isEqualTo(2);
    }

    @Test
    void eachPostIsCountedForTheReaderOnItsOwn() throws Exception {
        var ada = person(jdbc, "Ada", Role.USER);
        PostRef first = post(commands, ada, "First", true);
        PostRef second = post(commands, ada, "Second", true);

        mvc.perform(read(first.slug(), "203.0.113.7", "Firefox"));
        mvc.perform(read(second.slug(), "203.0.113.7", "Firefox"));
        mvc.perform(read(second.slug(), "203.0.113.7", "Firefox"));

        assertThat(viewsOf(first.slug(), 1)).isEqualTo(1);
        assertThat(viewsOf(second.slug(), 1)).isEqualTo(1);
    }
}
