package io.inkwell.web.posts;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.comments.test.CommentRows.hideThread;
import static io.inkwell.comments.test.CommentRows.topLevelComments;
import static io.inkwell.comments.test.CommentRows.withheld;
import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.CATEGORY_ADMIN;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.db.test.StatementCounter;
import io.inkwell.integrations.ApiKeys;
import io.inkwell.posts.Categories;
import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.test.PostRows;
import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Role;
import io.inkwell.web.api.ApiTestKeys;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The product's statement budget: a listing issues at most 6 statements, a post page at most 8, whatever the number
 * of rows (comments awaiting moderation and hidden threads included, for a reader and for a moderator); a static page ({@code /about}) and search with its matching pages are held to the listings' 6, as are a
 * post's revisions and their comparison, and every Content API request ({@code /api/v1/…}, its key's lookup included;
 * a post with its HTML to a post page's 8); a shared preview to the post page's 8. Counts every statement MyBatis
 * prepares while MockMvc serves a page on this thread. A reader's page reads in one transaction
 * ({@code @OneReadOnlyTransaction} on its handler), not one per context it asks.
 */
@WebTest
class StatementBudgetTest {

    static final int LISTING_BUDGET = 6;
    static final int POST_PAGE_BUDGET = 8;

    /** The users context's per-session access check, answered from a 5-second cache: present or not by timing. */
    static final String SESSION_CHECK = "io.inkwell.users.internal.UserMapper.selectSessionAccountById";
    /**
     * Authors' and commenters' names and pictures, kept by the users context once read: one statement per kind of
     * person a page shows (a post's author, its commenters) when some are not kept yet, none when all are.
     */
    static final String USER_SUMMARIES = "io.inkwell.users.internal.UserMapper.selectSummariesByIds";
    static final int MOST_USER_SUMMARY_READS = 2;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    Categories categories;

    @Autowired
    PageCommands pages;

    @Autowired
    SqlSessionFactory sessions;

    @Autowired
    SiteSettings siteSettings;

    @Autowired
    ApiKeys apiKeys;

    StatementCounter statements;
    SignedInUser ada;
    SignedInUser admin;
    UUID java;
    String apiKey;

    @BeforeEach
    void countStatements() {
        statements = StatementCounter.installedIn(sessions);
        ada = person(jdbc, "Ada", Role.USER);
        admin = person(jdbc, "Root", Role.ADMIN);
        java = categories.create(CATEGORY_ADMIN, "Java", null).id();
        // A page that search finds too, so /search pays for its pages' statement with a hit.
        pages.create(admin.actor(), new PageDraft("About", null, "We write about running."), true);
        // A menu item that names a category: its link comes from memory, so no page pays for it.
        SettingsRows.menuItem(jdbc, "header", "Java", "category", java);
        siteSettings.reload();
        apiKey = ApiTestKeys.key(apiKeys, "");
    }

    /**
     * A signed-in request may also cost the session check (cached for a few seconds by the users context):
     * the budget always counts it, the comparison leaves it out, as it does the reads of people's names, whose
     * number depends on who was shown before.
     */
    private int statementsFor(String url, SignedInUser who) throws Exception {
        var request = get(url);
        if (who != null) {
            request.with(user(who));
        }
        statements.reset();
        mvc.perform(request).andExpect(status().isOk());
        int all = statements.count();
        int sessionChecks = statements.countOf(SESSION_CHECK);
        assertThat(all + (who != null && sessionChecks == 0 ? 1 : 0)).as(url + " with a session check: " + statements.statementIds())
                .isLessThanOrEqualTo(budgetOf(url));
        if (who == null) {
            assertThat(statements.transactions()).as(url + " reads in one transaction").isLessThanOrEqualTo(1);
        }
        return all - sessionChecks - userSummaryReads(url);
    }

    /** A Content API request with its key: the key's lookup (which records its use) is one of the statements counted. */
    private int apiStatementsFor(String url) throws Exception {
        statements.reset();
        mvc.perform(get(url).header("Authorization", "Bearer " + apiKey)).andExpect(status().isOk());
        int all = statements.count();
        assertThat(all).as(url + ": " + statements.statementIds())
                .isLessThanOrEqualTo(url.matches("/api/v1/posts/[^/?]+") ? POST_PAGE_BUDGET : LISTING_BUDGET);
        assertThat(statements.transactions()).as(url + ": the key's lookup, then the answer's reads in one transaction")
                .isLessThanOrEqualTo(2);
        return all - userSummaryReads(url);
    }

    private int userSummaryReads(String url) {
        int reads = statements.countOf(USER_SUMMARIES);
        assertThat(reads).as(url + " reads people's names at most once per kind of person").isLessThanOrEqualTo(MOST_USER_SUMMARY_READS);
        return reads;
    }

    /** Post pages (and a preview, which shows one) have 8; everything else, revisions included, is a listing's 6. */
    private static int budgetOf(String page) {
        boolean postPage = page.startsWith("/posts/{slug}") || page.startsWith("/preview/")
                || page.startsWith("/posts/") && !page.contains("/revisions");
        return postPage ? POST_PAGE_BUDGET : LISTING_BUDGET;
    }

    private Map<String, Integer> measure(String slug) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String url : List.of("/", "/categories/java", "/categories", "/tags", "/tags/running", "/tags/running/feed.xml",
                "/search?q=running", "/trending", "/feed.xml", "/categories/java/feed.xml", "/sitemap.xml",
                "/sitemaps/site-1.xml", "/sitemaps/posts-1.xml", "/sitemaps/categories-1.xml", "/sitemaps/tags-1.xml",
                "/sitemaps/authors-1.xml", "/sitemaps/pages-1.xml", "/robots.txt", "/about", "/me/posts", "/admin/posts",
                "/admin/categories", "/admin/tags", "/admin/pages", "/admin", "/admin/settings", "/admin/navigation", "/admin/mail",
                "/admin/comments", "/admin/comments?tab=approved", "/admin/settings/comments")) {
            counts.put(url, statementsFor(url, url.startsWith("/me") || url.startsWith("/admin") ? admin : null));
        }
        counts.put("/authors/{id}", statementsFor("/authors/" + ada.id(), null));
        counts.put("/authors/{id}/feed.xml", statementsFor("/authors/" + ada.id() + "/feed.xml", null));
        counts.put("/posts/{slug}", statementsFor("/posts/" + slug, null));
        counts.put("/posts/{slug} as author", statementsFor("/posts/" + slug, ada));
        counts.put("/posts/{slug} as a moderator", statementsFor("/posts/" + slug, admin));
        counts.put("/posts/{slug}?after= (more comments)", statementsFor("/posts/" + slug + "?after=0000001", null));
        counts.put("/posts/{id}/revisions", statementsFor("/posts/" + firstId + "/revisions", ada));
        counts.put("/posts/{id}/revisions/compare", statementsFor("/posts/" + firstId + "/revisions/compare?from=1&to=2", ada));
        counts.put("/preview/{token}", statementsFor("/preview/" + PREVIEW_TOKEN, null));
        for (String url : List.of("/api/v1/posts", "/api/v1/posts?category=java", "/api/v1/posts?tag=running", "/api/v1/categories",
                "/api/v1/tags", "/api/v1/search?q=running", "/api/v1/pages/about")) {
            counts.put(url, apiStatementsFor(url));
        }
        counts.put("/api/v1/posts?author={id}", apiStatementsFor("/api/v1/posts?author=" + ada.id()));
        counts.put("/api/v1/authors/{id}", apiStatementsFor("/api/v1/authors/" + ada.id()));
        counts.put("/api/v1/posts/{slug}", apiStatementsFor("/api/v1/posts/" + slug));
        return counts;
    }

    /** Every card carries a category and tags, some shared by all posts, some of its own. */
    private void writePosts(int howMany) {
        for (int i = 0; i < howMany; i++) {
            SignedInUser author = i % 2 == 0 ? ada : person(jdbc, "Writer " + i, Role.USER);
            post(commands, author, "Post " + i, true, tagsOf(i), java);
        }
    }

    private static List<String> tagsOf(int i) {
        return List.of("Running", "shoes", "tag " + i);
    }

    /** Comments awaiting moderation, half of them Ada's (the reader measured), and one hidden thread. */
    private void heldComments(UUID post, int howMany) {
        for (int i = 0; i < howMany; i++) {
            withheld(jdbc, post, i % 2 == 0 ? ada.id() : admin.id(), null, "Held " + i, "held", "first_comment");
        }
        hideThread(jdbc, comment(jdbc, post, admin.id(), null, "Hidden " + howMany));
    }

    /** /trending lists only posts viewed this week: give every post views, or it would be measured empty. */
    private void viewedThisWeek() {
        jdbc.update("insert into post_week_views (post_id, views) select id, 1 from posts on conflict do nothing");
    }

    /** A shared draft, for the preview page. */
    private static final String PREVIEW_TOKEN = "P".repeat(43);

    /** The first post: saved twice (two revisions to compare), its related posts read on its page. */
    UUID firstId;

    @Test
    void pagesIssueAFixedNumberOfStatementsWhateverTheNumberOfRows() throws Exception {
        PostRef first = post(commands, ada, "The first", true, List.of("running", "Trails"), java);
        firstId = first.id();
        commands.update(ada.actor(), first.id(), 0, new PostDraft("The first", null, "Edited text about running.", null, null, Set.of(java),
                List.of("running", "Trails")), false);
        PostRef shared = post(commands, ada, "Shared draft", false, List.of("running"), java);
        PostRows.previewLink(jdbc, shared.id(), PREVIEW_TOKEN, ada.id());
        topLevelComments(jdbc, first.id(), admin.id(), 3);
        heldComments(first.id(), 2);
        viewedThisWeek();
        Map<String, Integer> withOne = measure(first.slug());

        writePosts(30);
        topLevelComments(jdbc, first.id(), admin.id(), 250);
        heldComments(first.id(), 120);
        viewedThisWeek();
        Map<String, Integer> withThirtyOne = measure(first.slug());

        System.out.println("Statements per page: " + withOne + " / " + withThirtyOne);
        assertThat(withThirtyOne).isEqualTo(withOne);
        withOne.forEach((page, count) -> assertThat(count).as(page).isLessThanOrEqualTo(budgetOf(page)));
    }
}
