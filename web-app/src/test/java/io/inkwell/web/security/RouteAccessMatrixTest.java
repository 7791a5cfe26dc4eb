package io.inkwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.inkwell.comments.test.CommentRows;
import io.inkwell.media.test.MediaRows;
import io.inkwell.posts.test.PostRows;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application maps, asked by every kind of visitor, answers as this table says. The routes
 * come from the real request mappings, so a new route without a row here fails the build until someone
 * decides who may use it. Each request gets fresh rows (the visitor's own post and comment where the route
 * names one) and its own client address, so no answer depends on an earlier one or on a rate limit.
 *
 * <p>Answers: {@code PAGE} the route did its work or showed its form (2xx, a redirect elsewhere than the
 * login, or a 400 for the deliberately empty form); {@code LOGIN} a redirect to the login page;
 * {@code DENIED} the 403 page; {@code ENDED} the session was ended and the browser sent to the login
 * page; {@code MISSING} a 404.
 */
@WebTest
class RouteAccessMatrixTest {

    enum Visitor { ANONYMOUS, GUEST, AUTHOR, ADMIN, SUSPENDED }

    enum Answer { PAGE, LOGIN, DENIED, ENDED, MISSING }

    /**
     * Columns: anonymous, a guest (who wrote a post while still an author, and a comment), an author (their
     * own post and comment), an admin (another author's post, their own comment), and the old session of an
     * account suspended since it signed in.
     */
    private static final String MATRIX = """
            GET  /                                        PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /posts/{slug}                            PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /categories                              PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /categories/{slug}                       PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /tags                                    PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /tags/{slug}                             PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /tags/{slug}/feed.xml                    PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /authors/{id}                            PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /search                                  PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /trending                                PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /feed.xml                                PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /sitemap.xml                             PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /categories/{slug}/feed.xml              PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /authors/{id}/feed.xml                   PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /sitemaps/{name:[a-z]+}-{number:[1-9][0-9]{0,5}}.xml PAGE PAGE PAGE PAGE ENDED
            GET  /robots.txt                              PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /actuator/health                         PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /error                                   MISSING MISSING MISSING MISSING ENDED
            GET  /login                                   PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /register                                PAGE    PAGE    PAGE    PAGE    ENDED
            POST /register                                PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /account                                 LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /account/profile                         LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /account/password                        LOGIN   PAGE    PAGE    PAGE    ENDED
            GET  /me/posts                                LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /posts/new                               LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/new                               LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /posts/{id}/edit                         LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{id}/edit                         LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{id}/publish                      LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{id}/archive                      LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{id}/draft                        LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /posts/{id}/delete                       LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{id}/delete                       LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{slug}/comments                   LOGIN   PAGE    PAGE    PAGE    ENDED
            GET  /posts/{slug}/comments/{id}              PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /posts/{slug}/comments/{id}/edit         LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /posts/{slug}/comments/{id}/edit         LOGIN   PAGE    PAGE    PAGE    ENDED
            GET  /posts/{slug}/comments/{id}/delete       LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /posts/{slug}/comments/{id}/delete       LOGIN   PAGE    PAGE    PAGE    ENDED
            GET  /admin                                   LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/posts                             LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/posts/{id}/status                 LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/categories                        LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/categories                        LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/categories/{id}/edit              LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/categories/{id}/edit              LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/categories/{id}/delete            LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/categories/{id}/delete            LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/tags                              LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/tags/{id}/edit                    LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/tags/{id}/edit                    LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/tags/{id}/merge                   LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/tags/{id}/delete                  LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/tags/{id}/delete                  LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/comments                          LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/comments/{id}/delete              LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/users                             LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/users/{id}/access                 LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/users/{id}/access                 LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/pages                             LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/pages/new                         LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/pages/new                         LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/pages/{id}/edit                   LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/pages/{id}/edit                   LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/pages/{id}/publish                LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/pages/{id}/draft                  LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/pages/{id}/delete                 LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/pages/{id}/delete                 LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /{slug:[a-z0-9]+(?:-[a-z0-9]+)*}         PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /admin/settings                          LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/settings                          LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/settings/logo                     LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/settings/icon                     LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/navigation                        LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/navigation/header                 LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/navigation/footer                 LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/navigation/items/{id}/up          LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/navigation/items/{id}/down        LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/navigation/items/{id}/remove      LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/media                             LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /admin/media                             LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /admin/media/{id}                        LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /admin/media/{id}/delete                 LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /admin/media/{id}/delete                 LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /account/avatar                          LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /media/{hash}/{variant}/{name}           MISSING MISSING MISSING MISSING MISSING
            GET  /admin/import                            LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/import                            LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/export                            LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/export                            LOGIN   DENIED  DENIED  PAGE    ENDED
            """;

    /** Form fields a POST route reads, so an allowed visitor's request does its work rather than fail binding. */
    private static final Map<String, String[]> FORM_FIELDS = Map.ofEntries(
            Map.entry("POST /register", new String[] {"email", "new-{n}@example.com", "name", "New", "password", "a long password"}),
            Map.entry("POST /account/profile", new String[] {"name", "Renamed"}),
            Map.entry("POST /account/password", new String[] {"currentPassword", "wrong password", "newPassword", "another long one"}),
            Map.entry("POST /posts/new", new String[] {"title", "Matrix post {n}", "content", "Text", "action", "draft"}),
            Map.entry("POST /posts/{slug}/comments", new String[] {"content", "A comment"}),
            Map.entry("POST /posts/{slug}/comments/{id}/edit", new String[] {"content", "An edited comment"}),
            Map.entry("POST /admin/posts/{id}/status", new String[] {"status", "draft"}),
            Map.entry("POST /admin/categories", new String[] {"name", "Category {n}"}),
            Map.entry("POST /admin/categories/{id}/edit", new String[] {"name", "Renamed {n}"}),
            Map.entry("POST /admin/tags/{id}/edit", new String[] {"name", "Renamed tag {n}"}),
            Map.entry("POST /admin/tags/{id}/merge", new String[] {"into", "Other tag {n}"}),
            Map.entry("POST /admin/users/{id}/access", new String[] {"role", "USER", "status", "ACTIVE"}),
            Map.entry("POST /admin/pages/new", new String[] {"title", "Matrix page {n}", "content", "Text", "action", "draft"}),
            Map.entry("POST /admin/pages/{id}/edit", new String[] {"title", "Renamed page {n}", "content", "Text", "version", "0"}),
            Map.entry("POST /admin/settings", new String[] {"title", "Matrix {n}", "language", "en", "timeZone", "UTC", "postsPerPage", "10",
                "registrationOpen", "true"}),
            Map.entry("POST /admin/navigation/header", new String[] {"label", "Item {n}", "target", "home"}),
            Map.entry("POST /admin/navigation/footer", new String[] {"label", "Link {n}", "target", "url", "url", "/link-{n}"}));

    private static final AtomicInteger REQUESTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyMappedRouteIsInTheMatrix() {
        Set<String> mapped = mappedRoutes();
        Set<String> listed = expectations().keySet();

        assertThat(new TreeSet<>(mapped)).as("routes mapped but missing from the matrix: decide who may use them")
                .isSubsetOf(listed);
        assertThat(new TreeSet<>(listed)).as("routes in the matrix that nothing maps any more").isSubsetOf(mapped);
    }

    @Test
    void everyVisitorGetsTheAnswerTheMatrixGives() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Map<Visitor, Answer>> route : expectations().entrySet()) {
            for (Map.Entry<Visitor, Answer> expected : route.getValue().entrySet()) {
                Answer actual = ask(route.getKey(), expected.getKey());
                if (actual != expected.getValue()) {
                    wrong.add(route.getKey() + " as " + expected.getKey() + ": " + actual + ", expected " + expected.getValue());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Every (method, pattern) the application's controllers map; a mapping without a method counts as GET. */
    private Set<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("GET " + pattern);
                }
                methods.forEach(method -> routes.add(method.name() + " " + pattern));
            }
        }
        return routes;
    }

    private static Map<String, Map<Visitor, Answer>> expectations() {
        Map<String, Map<Visitor, Answer>> table = new LinkedHashMap<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            Map<Visitor, Answer> answers = new EnumMap<>(Visitor.class);
            for (Visitor visitor : Visitor.values()) {
                answers.put(visitor, Answer.valueOf(cells[2 + visitor.ordinal()]));
            }
            table.put(cells[0] + " " + cells[1], answers);
        }
        return table;
    }

    private Answer ask(String route, Visitor visitor) throws Exception {
        int n = REQUESTS.incrementAndGet();
        World world = World.of(jdbc, n);
        String method = route.substring(0, route.indexOf(' '));
        String pattern = route.substring(route.indexOf(' ') + 1);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), world.path(pattern, visitor))
                .with(from("10.77." + (n / 250) + "." + (n % 250 + 1)));
        if (method.equals("POST")) {
            request.with(csrf());
            String[] fields = FORM_FIELDS.getOrDefault(route, new String[0]);
            for (int i = 0; i < fields.length; i += 2) {
                request.param(fields[i], fields[i + 1].replace("{n}", String.valueOf(n)));
            }
        }
        if (visitor != Visitor.ANONYMOUS) {
            request.with(user(world.principal(visitor)));
        }
        MvcResult result = mvc.perform(request).andReturn();
        return answerOf(route, visitor, result);
    }

    private static Answer answerOf(String route, Visitor visitor, MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = String.valueOf(result.getResponse().getRedirectedUrl());
        if (status >= 500 || status == 429) {
            throw new AssertionError(route + " as " + visitor + " answered " + status);
        }
        if (status == 403) {
            return Answer.DENIED;
        }
        if (status == 404) {
            return Answer.MISSING;
        }
        if (status / 100 == 3 && location.contains(SessionAccessFilter.ENDED_URL)) {
            return Answer.ENDED;
        }
        if (status / 100 == 3 && location.matches("(https?://[^/]+)?/login")) {
            return Answer.LOGIN;
        }
        return Answer.PAGE;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /**
     * The rows one request needs: a visitor of each kind, each with a post and a comment of their own, and
     * another author's published post with a category, two tags and a comment.
     */
    private record World(Map<Visitor, SignedInUser> people, Map<Visitor, UUID> posts, Map<Visitor, UUID> comments,
                         UUID otherAuthor, UUID publishedPost, String publishedSlug, UUID category, String categorySlug,
                         UUID tag, String tagSlug, UUID otherComment, UUID page, String pageSlug, UUID menuItem,
                         UUID authorsImage) {

        static World of(JdbcTemplate jdbc, int n) {
            Map<Visitor, SignedInUser> people = new EnumMap<>(Visitor.class);
            people.put(Visitor.GUEST, person(jdbc, n, "guest", Role.GUEST, "active"));
            people.put(Visitor.AUTHOR, person(jdbc, n, "author", Role.USER, "active"));
            people.put(Visitor.ADMIN, person(jdbc, n, "admin", Role.ADMIN, "active"));
            // Its session began while it was active; the account was suspended since.
            people.put(Visitor.SUSPENDED, person(jdbc, n, "suspended", Role.USER, "suspended"));
            UUID other = UserRows.withEmail(jdbc, "Other " + n, "other-" + n + "@example.com", Role.USER);
            String slug = "published-" + n;
            UUID published = WebTestData.publishedPost(jdbc, other, "Published " + n, slug, Instant.now());
            UUID category = PostRows.category(jdbc, "Topic " + n, "topic-" + n);
            PostRows.link(jdbc, published, category);
            UUID tag = PostRows.tag(jdbc, "Tag " + n, "tag-" + n);
            PostRows.tagLink(jdbc, published, tag);
            PostRows.tagLink(jdbc, published, PostRows.tag(jdbc, "Other tag " + n, "other-tag-" + n));
            UUID otherComment = CommentRows.comment(jdbc, published, other, null, "A comment");

            Map<Visitor, UUID> posts = new EnumMap<>(Visitor.class);
            Map<Visitor, UUID> comments = new EnumMap<>(Visitor.class);
            posts.put(Visitor.ANONYMOUS, published);
            posts.put(Visitor.ADMIN, published);
            comments.put(Visitor.ANONYMOUS, otherComment);
            for (Visitor visitor : List.of(Visitor.GUEST, Visitor.AUTHOR, Visitor.SUSPENDED)) {
                UUID owner = people.get(visitor).id();
                posts.put(visitor, PostRows.draft(jdbc, owner, "Own " + visitor + " " + n,
                        "own-" + visitor.name().toLowerCase() + "-" + n));
            }
            for (Visitor visitor : List.of(Visitor.GUEST, Visitor.AUTHOR, Visitor.ADMIN, Visitor.SUSPENDED)) {
                comments.put(visitor, CommentRows.comment(jdbc, published, people.get(visitor).id(), null, "A comment"));
            }
            UUID image = MediaRows.item(jdbc, people.get(Visitor.AUTHOR).id(), "image-" + n + ".jpg");
            String pageSlug = "about-" + n;
            UUID page = PostRows.publishedPage(jdbc, "About " + n, pageSlug, "Text", Instant.now());
            UUID menuItem = SettingsRows.menuItem(jdbc, "footer", "Link " + n, "/link-" + n);
            return new World(people, posts, comments, other, published, slug, category, "topic-" + n, tag, "tag-" + n,
                    otherComment, page, pageSlug, menuItem, image);
        }

        SignedInUser principal(Visitor visitor) {
            return people.get(visitor);
        }

        /** The pattern with its variables filled in for this visitor: their own post or comment where there is one. */
        String path(String pattern, Visitor visitor) {
            if (pattern.startsWith("/media/")) {
                return "/media/" + "0".repeat(64) + "/480/unknown.jpg";
            }
            if (pattern.startsWith("/admin/media/")) {
                return pattern.replace("{id}", authorsImage.toString());
            }
            if (pattern.startsWith("/admin/navigation/items/")) {
                return pattern.replace("{id}", menuItem.toString());
            }
            if (pattern.startsWith("/admin/pages/")) {
                return pattern.replace("{id}", page.toString());
            }
            if (pattern.startsWith("/{slug")) {
                return "/" + pageSlug;
            }
            if (pattern.startsWith("/admin/categories/")) {
                return pattern.replace("{id}", category.toString());
            }
            if (pattern.startsWith("/admin/users/") || pattern.startsWith("/authors/")) {
                return pattern.replace("{id}", otherAuthor.toString());
            }
            if (pattern.startsWith("/admin/posts/")) {
                return pattern.replace("{id}", publishedPost.toString());
            }
            if (pattern.startsWith("/admin/comments/")) {
                return pattern.replace("{id}", otherComment.toString());
            }
            if (pattern.startsWith("/admin/tags/")) {
                return pattern.replace("{id}", tag.toString());
            }
            if (pattern.startsWith("/tags/")) {
                return pattern.replace("{slug}", tagSlug);
            }
            if (pattern.startsWith("/categories/")) {
                return pattern.replace("{slug}", categorySlug);
            }
            if (pattern.startsWith("/posts/{slug}")) {
                return pattern.replace("{slug}", publishedSlug).replace("{id}", comments.get(visitor).toString());
            }
            if (pattern.startsWith("/sitemaps/")) {
                return "/sitemaps/posts-1.xml";
            }
            if (pattern.startsWith("/posts/{id}")) {
                return pattern.replace("{id}", posts.get(visitor).toString());
            }
            return pattern;
        }

        private static SignedInUser person(JdbcTemplate jdbc, int n, String kind, Role role, String status) {
            String email = kind + "-" + n + "@example.com";
            UUID id = UserRows.withEmail(jdbc, kind + " " + n, email, role);
            jdbc.update("update users set status = ? where id = ?", status, id);
            return TestAccounts.signedIn(id, email, kind + " " + n, role);
        }
    }
}
