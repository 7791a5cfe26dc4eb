package io.inkwell.web.tags;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.Tags;
import io.inkwell.posts.test.PostRows;
import io.inkwell.settings.Settings;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@WebTest
class TagControllerTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    Tags tags;

    SignedInUser ada;

    @BeforeEach
    void givenAnAuthor() {
        ada = person(jdbc, "Ada", Role.USER);
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A published post with the tag, at a publication time of the test's choosing. */
    private UUID taggedAt(UUID tag, String slug, Instant publishedAt) {
        UUID post = PostRows.published(jdbc, ada.id(), "Post " + slug, slug, publishedAt);
        PostRows.tagLink(jdbc, post, tag);
        return post;
    }

    @Test
    void noTagsSaysSo() throws Exception {
        post(commands, ada, "A draft", false, List.of("secret"));

        assertThat(html("/tags")).contains("No tags yet.").doesNotContain("secret");
    }

    @Test
    void tagsOfPublishedPostsAreListedMostUsedFirstWithTheirCounts() throws Exception {
        post(commands, ada, "One", true, List.of("Running", "shoes"));
        post(commands, ada, "Two", true, List.of("running"));
        post(commands, ada, "Draft", false, List.of("secret"));

        var page = Jsoup.parse(html("/tags"));

        assertThat(page.select(".tag-list li a").eachText()).containsExactly("Running", "shoes");
        assertThat(page.select(".tag-list li .meta").eachText()).containsExactly("2 posts", "1 post");
        assertThat(page.select(".tag-list li a").first().attr("href")).isEqualTo("/tags/running");
    }

    @Test
    void theTagListIsPagedWhenItIsLong() throws Exception {
        UUID author = UserRows.author(jdbc, "Many");
        UUID post = PostRows.published(jdbc, author, "Everything", "everything", Instant.parse("2026-01-01T00:00:00Z"));
        for (int i = 0; i < TagController.TAGS_PER_PAGE + 5; i++) {
            PostRows.tagLink(jdbc, post, PostRows.tag(jdbc, String.format("tag %03d", i), String.format("tag-%03d", i)));
        }

        var first = Jsoup.parse(html("/tags"));
        var second = Jsoup.parse(html("/tags?page=2"));

        assertThat(first.select(".tag-list li")).hasSize(TagController.TAGS_PER_PAGE);
        assertThat(first.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/tags?page=2");
        assertThat(second.select(".tag-list li a").eachText()).containsExactly("tag 100", "tag 101", "tag 102", "tag 103", "tag 104");
        assertThat(second.select("nav.pagination a[rel=next]")).isEmpty();
        mvc.perform(get("/tags").param("page", "999999")).andExpect(status().isOk())
                .andExpect(content().string(containsString("No more tags.")));
        mvc.perform(get("/tags").param("page", "x")).andExpect(status().isBadRequest());
    }

    @Test
    void aTagPageShowsItsPublishedPostsNewestFirstPagedByKeyset() throws Exception {
        UUID tools = PostRows.tag(jdbc, "Tools", "tools");
        List<String> slugs = new ArrayList<>();
        for (int day = 1; day <= Settings.DEFAULT_POSTS_PER_PAGE + 2; day++) {
            String slug = "day-" + day;
            taggedAt(tools, slug, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day));
            slugs.add(0, slug);
        }
        UUID hidden = PostRows.draft(jdbc, ada.id(), "Hidden draft", "hidden-draft");
        PostRows.tagLink(jdbc, hidden, tools);

        var first = Jsoup.parse(html("/tags/tools"));
        String next = first.select("nav.pagination a[rel=next]").attr("href");
        var second = Jsoup.parse(html(next));

        assertThat(first.select("h1").text()).isEqualTo("Posts tagged “Tools”");
        assertThat(first.select("article.card h2 a").eachAttr("href"))
                .containsExactlyElementsOf(slugs.subList(0, Settings.DEFAULT_POSTS_PER_PAGE).stream().map(s -> "/posts/" + s).toList());
        assertThat(next).startsWith("/tags/tools?after=");
        assertThat(second.select("article.card h2 a").eachAttr("href")).containsExactly("/posts/day-2", "/posts/day-1");
        assertThat(second.select("nav.pagination a[rel=first]").attr("href")).isEqualTo("/tags/tools");
        assertThat(first.select("a[href=\"https://blog.example/tags/tools/feed.xml\"]")).isNotEmpty();
        assertThat(first.select("link[rel=alternate][href=\"https://blog.example/tags/tools/feed.xml\"]")).isNotEmpty();
        assertThat(first.text()).doesNotContain("Hidden draft");
        mvc.perform(get("/tags/tools").param("after", "junk")).andExpect(status().isOk());
    }

    @Test
    void cardsAndThePostPageLinkTheirTags() throws Exception {
        PostRef post = post(commands, ada, "Tagged", true, List.of("zeta", "Alpha"));

        var home = Jsoup.parse(html("/"));
        var page = Jsoup.parse(html("/posts/" + post.slug()));

        assertThat(home.select("article.card a[rel=tag]").eachAttr("href")).containsExactly("/tags/alpha", "/tags/zeta");
        assertThat(home.select("article.card a[rel=tag]").eachText()).containsExactly("#Alpha", "#zeta");
        assertThat(page.select("article a[rel=tag]").eachAttr("href")).containsExactly("/tags/alpha", "/tags/zeta");
        assertThat(page.select("article .tags .visually-hidden").text()).isEqualTo("Tags:");
    }

    @Test
    void unknownTagsAndTagsOnlyDraftsCarryAre404Pages() throws Exception {
        post(commands, ada, "Draft", false, List.of("secret"));

        for (String url : List.of("/tags/nope", "/tags/secret", "/tags/secret/feed.xml", "/tags/Not_A_Slug", "/tags/" + "a".repeat(121))) {
            mvc.perform(get(url)).andExpect(status().isNotFound()).andExpect(content().string(containsString("Page not found")))
                    .andExpect(content().string(not(containsString("secret</"))));
        }
    }

    @Test
    void theOldSlugOfARenamedTagAnswersWithARedirect() throws Exception {
        post(commands, ada, "Post", true, List.of("js"));
        tags.rename(new io.inkwell.users.Actor(UUID.randomUUID(), Role.ADMIN), tags.byName("js").orElseThrow().id(), "JavaScript");

        mvc.perform(get("/tags/js")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/tags/javascript"));
        mvc.perform(get("/tags/js/feed.xml")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/tags/javascript/feed.xml"));
    }

    @Test
    void theTagFeedIsAtomOfTheTagsNewestPosts() throws Exception {
        UUID tools = PostRows.tag(jdbc, "Tools & <Tricks>", "tools-tricks");
        UUID older = taggedAt(tools, "older", Instant.parse("2026-03-01T10:00:00Z"));
        taggedAt(tools, "newer", Instant.parse("2026-03-02T10:00:00Z"));
        PostRows.published(jdbc, ada.id(), "Untagged", "untagged", Instant.parse("2026-03-03T10:00:00Z"));

        byte[] xml = mvc.perform(get("/tags/tools-tricks/feed.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsByteArray();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element root = feed.getDocumentElement();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(root.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()).isEqualTo("Inkwell · Tools & <Tricks>");
        assertThat(root.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent()).isEqualTo("https://blog.example/tags/tools-tricks");
        assertThat(new String(xml)).contains("href=\"https://blog.example/tags/tools-tricks/feed.xml\"");
        assertThat(entries.getLength()).isEqualTo(2);
        assertThat(((Element) entries.item(1)).getElementsByTagNameNS(ATOM, "id").item(0).getTextContent())
                .isEqualTo("urn:uuid:" + older);
        assertThat(((Element) entries.item(0)).getElementsByTagNameNS(ATOM, "name").item(0).getTextContent()).isEqualTo("Ada");
    }
}
