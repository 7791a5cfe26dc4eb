package io.inkwell.web;

import static io.inkwell.web.support.WebTestData.CATEGORY_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.inkwell.comments.test.CommentRows;
import io.inkwell.media.test.MediaRows;
import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What every kind of page gives keyboard and screen-reader users, whatever its content: "Skip to content" as
 * the first thing the keyboard reaches, pointing at the page's one {@code <main>} (which can take the focus it
 * hands over), ids that do not repeat, and labels that name their form control. The layout holds the link;
 * each page's own {@code <main>} carries the id, so a template that forgets it is found here too. The id is
 * {@code main}, not {@code content}: forms name their text field {@code content}, and with a second element of
 * that id the field's label would name the landmark instead.
 */
@WebTest
class PageStructureTest {

    /** What a browser puts in the tab order without being told (disabled controls aside). */
    private static final String FOCUSABLE = "a[href], area[href], button, input:not([type=hidden]), select, textarea, "
            + "iframe, summary, [contenteditable], [tabindex]:not([tabindex^=-])";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    Categories categories;

    SignedInUser admin;
    SignedInUser reader;
    PostRef post;
    CategoryView category;
    UUID comment;

    @BeforeEach
    void aPostWithACategoryAndAComment() {
        admin = TestAccounts.person(jdbc, "Root", Role.ADMIN);
        reader = TestAccounts.person(jdbc, "Rita", Role.USER);
        category = categories.create(CATEGORY_ADMIN, "Tea", "Leaves and cups");
        post = WebTestData.post(commands, admin, "Green tea", true, category.id());
        comment = CommentRows.comment(jdbc, post.id(), admin.id(), null, "A first thought.");
    }

    @Test
    void everyKindOfPageStartsWithTheSkipLinkToItsMainLandmark() throws Exception {
        everyKindOfPage().forEach(PageStructureTest::assertStartsWithTheSkipLink);
    }

    @Test
    void onEveryKindOfPageIdsAreUniqueAndEachLabelNamesAFormControl() throws Exception {
        everyKindOfPage().forEach((path, page) -> {
            List<String> ids = page.select("[id]").eachAttr("id");
            assertThat(ids).as(path + ": ids").doesNotHaveDuplicates();
            for (Element label : page.select("label[for]")) {
                Element control = page.getElementById(label.attr("for"));
                assertThat(control).as(path + ": control of the label " + label.text()).isNotNull();
                assertThat(control.tagName()).as(path + ": what the label " + label.text() + " names")
                        .isIn("input", "select", "textarea");
            }
        });
    }

    /** Each kind of page by its path, public pages as an anonymous visitor and the others as an admin. */
    private Map<String, Document> everyKindOfPage() throws Exception {
        String slug = post.slug();
        UUID image = MediaRows.item(jdbc, admin.id(), "harbour.jpg");
        List<String> publicPages = List.of("/", "/posts/" + slug, "/posts/" + slug + "/comments/" + comment, "/categories",
                "/categories/" + category.slug(), "/authors/" + admin.id(), "/search?q=tea", "/trending", "/login", "/register");
        List<String> signedInPages = List.of("/posts/" + slug + "?replyTo=" + comment, "/account", "/me/posts", "/posts/new",
                "/posts/" + post.id() + "/edit", "/posts/" + post.id() + "/delete",
                "/posts/" + slug + "/comments/" + comment + "/edit", "/posts/" + slug + "/comments/" + comment + "/delete",
                "/admin", "/admin/posts", "/admin/categories", "/admin/categories/" + category.id() + "/edit",
                "/admin/categories/" + category.id() + "/delete", "/admin/comments", "/admin/comments?tab=approved",
                "/admin/settings/comments", "/posts/" + slug + "/comments/new?replyTo=" + comment, "/admin/users",
                "/admin/users/" + reader.id() + "/access?role=USER&status=SUSPENDED",
                "/admin/media", "/admin/media/" + image, "/admin/media/" + image + "/delete", "/admin/import", "/admin/export");

        Map<String, Document> pages = new LinkedHashMap<>();
        for (String path : publicPages) {
            pages.put(path, page(path, get(path)));
        }
        for (String path : signedInPages) {
            pages.put(path, page(path, get(path).with(user(admin))));
        }
        return pages;
    }

    private Document page(String path, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void theNotFoundPageStartsWithItToo() throws Exception {
        MockHttpServletResponse missing = mvc.perform(get("/posts/no-such-post")).andReturn().getResponse();

        assertThat(missing.getStatus()).isEqualTo(404);
        assertStartsWithTheSkipLink("404", Jsoup.parse(missing.getContentAsString()));
    }

    @Test
    void everyTemplateWithAMainLandmarkMakesItTheSkipTarget() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        List<String> withMain = new ArrayList<>();
        for (Resource template : templates) {
            try (InputStream in = template.getInputStream()) {
                Document source = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                // The layout's own <main> is only the place each page's <main> replaces.
                for (Element main : source.select("main").stream().filter(element -> !element.hasAttr("th:replace")).toList()) {
                    withMain.add(template.getFilename());
                    assertThat(main.id()).as(template.getURL() + " <main> id").isEqualTo("main");
                    assertThat(main.attr("tabindex")).as(template.getURL() + " <main> tabindex").isEqualTo("-1");
                }
            }
        }
        assertThat(withMain).as("templates with a <main>").contains("list.html", "detail.html", "404.html");
    }

    private static void assertStartsWithTheSkipLink(String page, Document document) {
        Element first = document.selectFirst(FOCUSABLE);
        assertThat(first).as(page + ": first focusable element").isNotNull();
        assertThat(first.outerHtml()).as(page + ": first focusable element")
                .isEqualTo("<a class=\"skip-link\" href=\"#main\">Skip to content</a>");
        assertThat(document.body().child(0)).as(page + ": first element of <body>").isSameAs(first);

        Elements mains = document.select("main");
        assertThat(mains).as(page + ": <main> elements").hasSize(1);
        assertThat(mains.first().id()).as(page + ": id of <main>").isEqualTo("main");
        assertThat(mains.first().attr("tabindex")).as(page + ": <main> takes focus from the link").isEqualTo("-1");
        assertThat(document.select("#main")).as(page + ": elements with id main").hasSize(1);
    }
}
