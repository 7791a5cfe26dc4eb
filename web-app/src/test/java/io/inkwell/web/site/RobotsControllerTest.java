package io.inkwell.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.web.support.WebTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class RobotsControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void robotsNameTheSitemapIndexAndClosePrivatePages() throws Exception {
        String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andExpect(content().contentType("text/plain;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();

        assertThat(robots).startsWith("User-agent: *\n").contains("\nSitemap: https://blog.example/sitemap.xml\n");
        for (String path : List.of("/admin", "/account", "/me", "/login", "/register", "/posts/new")) {
            assertThat(robots).contains("Disallow: " + path + "$\n", "Disallow: " + path + "?\n", "Disallow: " + path + "/\n");
        }
    }

    /** Read as crawlers read the rules (RFC 9309: prefixes, {@code $} ends one): which paths stay open. */
    @Test
    void theRulesCloseThePrivatePagesAndNothingThatOnlyStartsLikeThem() {
        String robots = new RobotsController(new SiteUrls("https://blog.example")).showRobots().getBody();
        List<Pattern> rules = robots.lines().filter(line -> line.startsWith("Disallow: "))
                .map(line -> line.substring("Disallow: ".length()))
                .map(rule -> Pattern.compile(Pattern.quote(rule.replace("$", "")) + (rule.endsWith("$") ? "$" : ".*")))
                .toList();

        for (String closed : List.of("/admin", "/admin/users", "/account", "/account?tab=x", "/me/posts", "/login",
                "/login?error", "/register", "/posts/new")) {
            assertThat(rules.stream().anyMatch(rule -> rule.matcher(closed).matches())).as(closed).isTrue();
        }
        for (String open : List.of("/", "/posts/new-year-plans", "/meetups", "/administrivia", "/accounting", "/login-help",
                "/registered", "/posts/notes", "/sitemap.xml")) {
            assertThat(rules.stream().noneMatch(rule -> rule.matcher(open).matches())).as(open).isTrue();
        }
    }

    @Test
    void behindABaseUrlWithAPathTheRulesAndTheSitemapCarryIt() {
        String robots = new RobotsController(new SiteUrls("https://example.org/blog/")).showRobots().getBody();

        assertThat(robots).contains("Disallow: /blog/admin$\n", "Disallow: /blog/posts/new/\n",
                "Sitemap: https://example.org/blog/sitemap.xml\n").doesNotContain("Disallow: /admin");
    }
}
