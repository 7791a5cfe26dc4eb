package io.inkwell.web.admin.navigation;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.CATEGORY_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.test.PostRows;
import io.inkwell.settings.LinkTarget;
import io.inkwell.settings.Menu;
import io.inkwell.settings.Navigation;
import io.inkwell.settings.NavigationItem;
import io.inkwell.settings.SettingsLimits;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebTest
class AdminNavigationControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Categories categories;

    @Autowired
    Navigation navigation;

    /** Read again by the settings' refresh every few seconds; the tests call it rather than wait. */
    @Autowired
    SiteSettings siteSettings;

    SignedInUser admin;
    CategoryView java;

    @BeforeEach
    void givenAnAdminAndACategory() {
        admin = person(jdbc, "Root", Role.ADMIN);
        java = categories.create(CATEGORY_ADMIN, "Java", null);
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString());
    }

    private Document adminPage() throws Exception {
        return page(get("/admin/navigation").with(user(admin)), 200);
    }

    private Document home() throws Exception {
        return page(get("/"), 200);
    }

    private static List<String> rows(Document page, String section) {
        return page.select("#" + section + " tbody tr td:first-child").eachText();
    }

    private MockHttpServletRequestBuilder add(String menu, String label, String target, String url) {
        return post("/admin/navigation/" + menu).with(user(admin)).with(csrf())
                .param("label", label).param("target", target).param("url", url);
    }

    private UUID idOf(Menu menu, String label) {
        return navigation.stored().menu(menu).stream().filter(item -> item.label().equals(label)).findFirst().orElseThrow().id();
    }

    private MockHttpServletRequestBuilder change(UUID item, String change) {
        return post("/admin/navigation/items/" + item + "/" + change).with(user(admin)).with(csrf());
    }

    @Test
    void bothMenusAreListedWithTheirChangesAndALabelledFormToAddAnItem() throws Exception {
        Document page = adminPage();

        assertThat(page.title()).isEqualTo("Menus · Admin · Inkwell");
        assertThat(rows(page, "header-menu")).containsExactly("Home", "Categories", "Trending");
        assertThat(rows(page, "footer-links")).containsExactly("Atom feed");
        Element categoriesRow = page.select("#header-menu tbody tr").get(1);
        assertThat(categoriesRow.select("button").eachText()).containsExactly("Move up", "Move down", "Remove");
        assertThat(page.select("#header-menu tbody tr").first().select("button").eachText()).containsExactly("Move down", "Remove");
        assertThat(page.select("#header-menu label[for=header-label]").text()).isEqualTo("Label");
        assertThat(page.select("#header-menu label[for=header-target]").text()).isEqualTo("Leads to");
        assertThat(page.select("#footer-links label[for=footer-url]").text()).isEqualTo("Web address or path");
        assertThat(page.select("#header-target option").eachText())
                .containsExactly("Home page", "Category: Java", "A web address or a path of this site (type it below)");
        assertThat(page.select("#footer-links button[type=submit]").last().text()).isEqualTo("Add item");
        assertThat(page.select("form[method=post] input[name=_csrf]")).isNotEmpty();
    }

    @Test
    void anItemLeadingToACategoryShowsInTheHeaderOfEveryPage() throws Exception {
        mvc.perform(add("header", "Java posts", "category:" + java.id(), ""))
                .andExpect(redirectedUrl("/admin/navigation"))
                .andExpect(flash().attribute("message", "Item added to the header menu."));

        assertThat(home().select(".site-nav a:contains(Java posts)").attr("href")).isEqualTo("/categories/java");
        assertThat(rows(adminPage(), "header-menu")).containsExactly("Home", "Categories", "Trending", "Java posts");
        assertThat(adminPage().select("#header-menu td:contains(Category: Java)")).isNotEmpty();
    }

    @Test
    void itemsLeadToAPageAndATagAndAPageBackInDraftLeavesTheMenu() throws Exception {
        UUID about = PostRows.publishedPage(jdbc, "About us", "about", "Who we are", Instant.parse("2026-03-01T10:00:00Z"));
        UUID running = PostRows.tag(jdbc, "Running", "running");
        PostRows.tagLink(jdbc, PostRows.published(jdbc, UserRows.author(jdbc, "Ada"), "Run", "run",
                Instant.parse("2026-03-02T10:00:00Z")), running);

        assertThat(adminPage().select("#header-target option").eachText()).contains("Page: About us", "Tag: Running");
        mvc.perform(add("header", "About", "page:" + about, "")).andExpect(status().is3xxRedirection());
        mvc.perform(add("header", "Running", "tag:" + running, "")).andExpect(status().is3xxRedirection());

        assertThat(home().select(".site-nav a:contains(About)").attr("href")).isEqualTo("/about");
        assertThat(home().select(".site-nav a:contains(Running)").attr("href")).isEqualTo("/tags/running");

        jdbc.update("update pages set status = 'draft' where id = ?", about);
        siteSettings.reload();

        assertThat(home().select(".site-nav a:contains(About)")).isEmpty();
        assertThat(adminPage().select("#header-menu td:contains(Page: gone (deleted))")).isNotEmpty();
    }

    @Test
    void aRenamedCategoryKeepsItsItemWhichNowLeadsToItsNewAddress() throws Exception {
        mvc.perform(add("header", "Java posts", "category:" + java.id(), "")).andExpect(status().is3xxRedirection());

        categories.update(CATEGORY_ADMIN, java.id(), "Kotlin", null);
        siteSettings.reload();

        assertThat(home().select(".site-nav a:contains(Java posts)").attr("href")).isEqualTo("/categories/kotlin");
    }

    @Test
    void anAddressItemLeadsToItsAddress() throws Exception {
        mvc.perform(add("footer", "Source", "url", " https://git.example/inkwell ")).andExpect(status().is3xxRedirection());

        assertThat(home().select(".footer-links a").eachText()).containsExactly("Atom feed", "Source");
        assertThat(home().select(".footer-links a:contains(Source)").attr("href")).isEqualTo("https://git.example/inkwell");
    }

    @Test
    void itemsMoveAndLeaveThroughPlainForms() throws Exception {
        mvc.perform(change(idOf(Menu.HEADER, "Trending"), "up")).andExpect(redirectedUrl("/admin/navigation"));
        mvc.perform(change(idOf(Menu.HEADER, "Home"), "down")).andExpect(redirectedUrl("/admin/navigation"));
        mvc.perform(change(idOf(Menu.FOOTER, "Atom feed"), "remove"))
                .andExpect(redirectedUrl("/admin/navigation")).andExpect(flash().attribute("message", "Item removed."));

        assertThat(rows(adminPage(), "header-menu")).containsExactly("Trending", "Home", "Categories");
        Document home = home();
        assertThat(home.select(".site-nav > a").eachText()).startsWith("Trending", "Home", "Categories");
        assertThat(home.select(".footer-links")).isEmpty();
        assertThat(adminPage().select("#footer-links .empty").text()).isEqualTo("The footer has no links.");
    }

    @Test
    void anItemWhoseCategoryWasDeletedIsLeftOutOfTheMenuAndFlagged() throws Exception {
        mvc.perform(add("header", "Java posts", "category:" + java.id(), "")).andExpect(status().is3xxRedirection());

        categories.delete(CATEGORY_ADMIN, java.id());
        siteSettings.reload();

        assertThat(home().select(".site-nav a").eachText()).doesNotContain("Java posts").contains("Home");
        Element row = adminPage().select("#header-menu tbody tr:contains(Java posts)").first();
        assertThat(row.text()).contains("Category: gone (deleted)", "Not shown: its target was deleted.");
    }

    @ParameterizedTest(name = "{0}: label \"{1}\", target {2}, address \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            label  | ''        | home        | ''                  | Enter the words the menu shows.
            label  | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | home | '' | Use at most 60 characters.
            url    | Evil      | url         | javascript:alert(1) | Use an address starting with https://, http:// or /
            url    | Away      | url         | //evil.example      | Use an address starting with https://, http:// or /
            url    | Nowhere   | url         | ''                  | Enter the address the item leads to
            target | Gone      | category:00000000-0000-7000-8000-0000000000ff | '' | Choose one of the places offered
            target | Garbage   | category:not-an-id | ''           | Choose one of the places offered
            target | Unknown   | planet:x    | ''                  | Choose one of the places offered
            """)
    void badInputIsExplainedBesideItsFieldAndNothingIsStored(String field, String label, String target, String url, String message)
            throws Exception {
        Document page = page(add("header", label, target, url), 400);

        assertThat(page.select("#header-" + field + "-error").text()).contains(message);
        assertThat(page.getElementById("header-" + field).attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#footer-links .field-error")).as("the other menu's form is untouched").isEmpty();
        assertThat(page.getElementById("header-label").val()).isEqualTo(label);
        assertThat(jdbc.queryForObject("select count(*) from navigation_items", Integer.class)).isZero();
    }

    @Test
    void aFullMenuSaysSoAboveItsForm() throws Exception {
        for (int i = 1; i < SettingsLimits.MENU_ITEMS_MAX; i++) {
            navigation.add(CATEGORY_ADMIN, Menu.FOOTER, "Link " + i, LinkTarget.home());
        }

        Document page = page(add("footer", "One more", "home", ""), 400);

        assertThat(page.select("#footer-links .flash.error").text()).contains("A menu holds at most 20 items");
        assertThat(navigation.stored().footer()).extracting(NavigationItem::label).doesNotContain("One more");
    }

    @Test
    void anUnknownOrMalformedItemIsNotFound() throws Exception {
        mvc.perform(change(UUID.randomUUID(), "up")).andExpect(status().isNotFound());
        mvc.perform(change(UUID.randomUUID(), "remove")).andExpect(status().isNotFound());
        mvc.perform(post("/admin/navigation/items/not-an-id/down").with(user(admin)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsSeeOrChangeTheMenus() throws Exception {
        SignedInUser author = person(jdbc, "Ada", Role.USER);
        UUID home = idOf(Menu.HEADER, "Home");

        mvc.perform(get("/admin/navigation")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/navigation").with(user(author))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/navigation/header").with(user(author)).with(csrf()).param("label", "Mine").param("target", "home"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/navigation/items/" + home + "/remove").with(user(author)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(navigation.stored().header()).extracting(NavigationItem::label).containsExactly("Home", "Categories", "Trending");
    }

    @Test
    void changesWithoutTheirCsrfTokenAreRefused() throws Exception {
        UUID home = idOf(Menu.HEADER, "Home");

        mvc.perform(post("/admin/navigation/header").with(user(admin)).param("label", "Mine").param("target", "home"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/navigation/items/" + home + "/remove").with(user(admin))).andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select count(*) from navigation_items", Integer.class)).isZero();
    }
}
