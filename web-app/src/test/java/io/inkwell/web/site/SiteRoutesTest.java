package io.inkwell.web.site;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.inkwell.posts.InvalidPageException;
import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No page can take the address of a route: the first segment of every mapped route, of every static resource
 * folder and of the routes still to come is refused as a slug, and only other slug-shaped paths are pages'.
 */
@WebTest
class SiteRoutesTest {

    @Autowired
    SiteRoutes routes;

    @Autowired
    PageCommands commands;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The first segment of every route the controllers map, read here independently of SiteRoutes. */
    private Set<String> mappedFirstSegments() {
        Set<String> segments = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceFirst("^/", "");
                String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
                if (!first.isEmpty() && !first.startsWith("{")) {
                    segments.add(first);
                }
            }
        }
        return segments;
    }

    @Test
    void everyMappedFirstSegmentIsRefusedAsAPagesSlug() {
        Set<String> mapped = mappedFirstSegments();
        SignedInUser admin = person(jdbc, "Root", Role.ADMIN);
        assertThat(mapped).contains("admin", "posts", "categories", "authors", "search", "trending", "feed.xml",
                "sitemap.xml", "login", "register", "account", "me", "actuator", "error");

        List<String> taken = new ArrayList<>();
        for (String segment : mapped) {
            try {
                // "feed.xml" is no slug: it becomes "feed-xml", an address of its own, which is no route's.
                String slug = commands.create(admin.actor(), new PageDraft("Page for " + segment, segment, "x"), false).slug();
                if (slug.equals(segment) || mapped.contains(slug)) {
                    taken.add(segment);
                }
            } catch (InvalidPageException refused) {
                assertThat(refused.field()).isEqualTo("slug");
            }
        }

        assertThat(taken).as("routes whose address a page took").isEmpty();
        assertThat(jdbc.queryForList("select slug from pages", String.class)).allMatch(slug -> slug.contains("-"));
    }

    @Test
    void theStaticFoldersAndTheRoutesStillToComeAreReservedToo() {
        assertThat(routes.segments()).contains("css").containsAll(SiteRoutes.RESERVED)
                .contains("preview", "media", "api", "password-reset", "tags", "sitemaps", "robots.txt", "logout");
    }

    @Test
    void theEditorSaysSoBesideTheSlugField() throws Exception {
        SignedInUser admin = person(jdbc, "Root", Role.ADMIN);

        for (String slug : List.of("trending", "css", "password-reset")) {
            String body = mvc.perform(post("/admin/pages/new").with(user(admin)).with(csrf())
                            .param("title", "A page").param("slug", slug).param("content", "x"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).as(slug).contains("id=\"slug-error\"", "The address /" + slug + " belongs to the site itself");
        }
    }

    @Test
    void onlyASlugShapedSegmentNoRouteTakesIsAPagePath() {
        assertThat(routes.isPagePath("/about")).isTrue();
        assertThat(routes.isPagePath("/about-us-2")).isTrue();
        assertThat(routes.isPagePath("/search")).isFalse();
        assertThat(routes.isPagePath("/tags")).isFalse();
        assertThat(routes.isPagePath("/")).isFalse();
        assertThat(routes.isPagePath("/About")).isFalse();
        assertThat(routes.isPagePath("/about/more")).isFalse();
        assertThat(routes.isPagePath("/about-")).isFalse();
        assertThat(routes.isPagePath("/%61bout")).isFalse();
        assertThat(routes.isPagePath("/" + "a".repeat(301))).isFalse();
    }

    @Test
    void aFirstSegmentIsOnlyALiteralOne() {
        assertThat(SiteRoutes.firstSegments(List.of("/admin/pages/{id}", "/", "/**", "/{slug:[a-z]+}", "webjars/**", "/feed.xml")))
                .containsExactly("admin", "feed.xml", "webjars");
    }
}
