package io.inkwell.web.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.db.test.StatementCounter;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@WebTest
class FeedControllerTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** What XML 1.0 forbids (U+FFFF, U+0001) next to what it merely has to escape, and a character beyond the BMP. */
    private static final String HOSTILE = "Fish & chips ]]> <b>\uFFFF\u0001 \uD83D\uDE00";
    private static final String HOSTILE_AS_READ = "Fish & chips ]]> <b> \uD83D\uDE00";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlSessionFactory sessions;

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static RequestPostProcessor host(String name) {
        return request -> {
            request.setServerName(name);
            request.addHeader("Host", name);
            return request;
        };
    }

    private UUID post(UUID author, String title, String slug, Instant publishedAt, String html) {
        UUID id = WebTestData.publishedPost(jdbc, author, title, slug, publishedAt);
        jdbc.update("update posts set content_html = ?, excerpt = ? where id = ?", html, title, id);
        return id;
    }

    @Test
    void anyTextAPostOrAuthorCarriesStillMakesAWellFormedFeed() throws Exception {
        UUID author = UserRows.author(jdbc, "Ada " + HOSTILE);
        post(author, HOSTILE, "fish-and-chips", Instant.parse("2026-03-01T10:00:00Z"),
                "<p>Fish &amp; chips ]]&gt; \u0001\uFFFF \uD83D\uDE00</p>");

        byte[] xml = mvc.perform(get("/feed.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsByteArray();

        Element entry = (Element) parse(xml).getElementsByTagNameNS(ATOM, "entry").item(0);
        assertThat(text(entry, "title")).isEqualTo(HOSTILE_AS_READ);
        assertThat(text(entry, "summary")).isEqualTo(HOSTILE_AS_READ);
        assertThat(text(entry, "name")).isEqualTo("Ada " + HOSTILE_AS_READ);
        assertThat(text(entry, "content")).isEqualTo("<p>Fish &amp; chips ]]&gt;  \uD83D\uDE00</p>");
    }

    @Test
    void eachEntryCarriesThePostsFullHtmlItsLastChangeAndItsAuthor() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada Lovelace");
        UUID grace = UserRows.author(jdbc, "Grace Hopper");
        UUID older = post(ada, "Engines", "engines", Instant.parse("2026-03-01T10:00:00Z"),
                "<h2>Notes</h2><p>On the <em>analytical</em> engine.</p>");
        UUID newer = post(grace, "Compilers", "compilers", Instant.parse("2026-03-02T10:00:00Z"), "<p>A-0</p>");
        PostRows.draft(jdbc, ada, "Hidden draft", "hidden-draft");
        jdbc.update("update posts set updated_at = ? where id = ?", Timestamp.from(Instant.parse("2026-03-05T08:30:00Z")), older);
        jdbc.update("update posts set updated_at = ? where id = ?", Timestamp.from(Instant.parse("2026-03-02T10:00:00Z")), newer);

        Document feed = parse(mvc.perform(get("/feed.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());

        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element newest = (Element) entries.item(0);
        Element engines = (Element) entries.item(1);
        assertThat(text(newest, "name")).isEqualTo("Grace Hopper");
        assertThat(text(engines, "title")).isEqualTo("Engines");
        assertThat(text(engines, "name")).isEqualTo("Ada Lovelace");
        assertThat(text(engines, "content")).isEqualTo("<h2>Notes</h2><p>On the <em>analytical</em> engine.</p>");
        assertThat(((Element) engines.getElementsByTagNameNS(ATOM, "content").item(0)).getAttribute("type")).isEqualTo("html");
        assertThat(text(engines, "published")).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(text(engines, "updated")).isEqualTo("2026-03-05T08:30:00Z");
        assertThat(text(engines, "id")).isEqualTo("urn:uuid:" + older);
        assertThat(feed.getDocumentElement().getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent())
                .as("the feed changed when its latest entry did").isEqualTo("2026-03-05T08:30:00Z");
    }

    @Test
    void theFeedReadsItsPostsAndTheirAuthorsInTwoStatements() throws Exception {
        for (int i = 0; i < 5; i++) {
            UUID author = UserRows.author(jdbc, "Author " + i);
            post(author, "Post " + i, "post-" + i, Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i), "<p>" + i + "</p>");
        }

        StatementCounter statements = StatementCounter.installedIn(sessions);
        statements.reset();
        mvc.perform(get("/feed.xml")).andExpect(status().isOk());

        assertThat(statements.statementIds()).hasSize(2);
    }

    @Test
    void linksComeFromTheBaseUrlWhateverHostTheRequestNames() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada");
        post(ada, "Listed", "listed", Instant.parse("2026-03-01T10:00:00Z"), "<p>Listed</p>");

        String feed = mvc.perform(get("/feed.xml").with(host("evil.example"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(feed).contains("href=\"https://blog.example/posts/listed\"", "href=\"https://blog.example/feed.xml\"",
                "<id>https://blog.example/</id>").doesNotContain("evil.example");
    }

    @Test
    void aCategorysFeedHoldsItsPublishedPostsAndNamesTheCategory() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada Lovelace");
        UUID grace = UserRows.author(jdbc, "Grace Hopper");
        UUID essays = PostRows.category(jdbc, "Essays", "essays");
        UUID older = post(ada, "Engines", "engines", Instant.parse("2026-03-01T10:00:00Z"), "<p>On engines.</p>");
        UUID newer = post(grace, "Compilers", "compilers", Instant.parse("2026-03-02T10:00:00Z"), "<p>A-0</p>");
        post(ada, "Elsewhere", "elsewhere", Instant.parse("2026-03-03T10:00:00Z"), "<p>Not filed</p>");
        PostRows.link(jdbc, older, essays);
        PostRows.link(jdbc, newer, essays);

        Document feed = parse(mvc.perform(get("/categories/essays/feed.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsByteArray());

        Element root = feed.getDocumentElement();
        assertThat(child(root, "title")).isEqualTo("Inkwell · Essays");
        assertThat(child(root, "id")).isEqualTo("https://blog.example/categories/essays");
        assertThat(links(root)).containsEntry("self", "https://blog.example/categories/essays/feed.xml")
                .containsEntry("alternate", "https://blog.example/categories/essays");
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        assertThat(text((Element) entries.item(0), "title")).isEqualTo("Compilers");
        assertThat(text((Element) entries.item(0), "name")).isEqualTo("Grace Hopper");
        assertThat(text((Element) entries.item(1), "content")).isEqualTo("<p>On engines.</p>");
        assertThat(text((Element) entries.item(1), "name")).isEqualTo("Ada Lovelace");
    }

    @Test
    void anAuthorsFeedHoldsTheirPublishedPostsAndNamesThem() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada Lovelace");
        UUID grace = UserRows.author(jdbc, "Grace Hopper");
        post(ada, "Engines", "engines", Instant.parse("2026-03-01T10:00:00Z"), "<p>On engines.</p>");
        post(grace, "Compilers", "compilers", Instant.parse("2026-03-02T10:00:00Z"), "<p>A-0</p>");
        PostRows.draft(jdbc, ada, "Unfinished", "unfinished");

        Document feed = parse(mvc.perform(get("/authors/" + ada + "/feed.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsByteArray());

        Element root = feed.getDocumentElement();
        assertThat(child(root, "title")).isEqualTo("Inkwell · Ada Lovelace");
        assertThat(child(root, "id")).isEqualTo("https://blog.example/authors/" + ada);
        assertThat(links(root)).containsEntry("self", "https://blog.example/authors/" + ada + "/feed.xml");
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        assertThat(text((Element) entries.item(0), "title")).isEqualTo("Engines");
        assertThat(text((Element) entries.item(0), "name")).isEqualTo("Ada Lovelace");
        assertThat(text((Element) entries.item(0), "uri")).isEqualTo("https://blog.example/authors/" + ada);
    }

    @Test
    void aDeletedAuthorsFeedStillAnswersLikeTheirPage() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada Lovelace");
        post(ada, "Engines", "engines", Instant.parse("2026-03-01T10:00:00Z"), "<p>On engines.</p>");
        jdbc.update("update users set status = 'deleted' where id = ?", ada);

        Document feed = parse(mvc.perform(get("/authors/" + ada + "/feed.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());

        assertThat(feed.getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(1);
    }

    @Test
    void aFeedOfNothingKnownIsNotFound() throws Exception {
        mvc.perform(get("/categories/no-such-category/feed.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/authors/" + UUID.randomUUID() + "/feed.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/authors/not-an-id/feed.xml")).andExpect(status().isNotFound());
    }

    @Test
    void aCategoryFeedReadsTheCategoryItsPostsAndTheirAuthorsAndAnAuthorFeedTwoStatements() throws Exception {
        UUID essays = PostRows.category(jdbc, "Essays", "essays");
        UUID first = null;
        for (int i = 0; i < 5; i++) {
            UUID author = UserRows.author(jdbc, "Author " + i);
            first = first == null ? author : first;
            PostRows.link(jdbc, post(author, "Post " + i, "post-" + i, Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i),
                    "<p>" + i + "</p>"), essays);
        }
        StatementCounter statements = StatementCounter.installedIn(sessions);

        statements.reset();
        mvc.perform(get("/categories/essays/feed.xml")).andExpect(status().isOk());
        assertThat(statements.statementIds()).hasSize(3);

        statements.reset();
        mvc.perform(get("/authors/" + first + "/feed.xml")).andExpect(status().isOk());
        assertThat(statements.statementIds()).hasSize(2);
    }

    private static String child(Element parent, String localName) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && localName.equals(element.getLocalName())) {
                return element.getTextContent();
            }
        }
        throw new AssertionError("no " + localName + " in " + parent.getLocalName());
    }

    /** The feed's own links by their rel. */
    private static Map<String, String> links(Element feed) {
        Map<String, String> links = new HashMap<>();
        NodeList children = feed.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && "link".equals(element.getLocalName())) {
                links.put(element.getAttribute("rel"), element.getAttribute("href"));
            }
        }
        return links;
    }

    private static String text(Element parent, String localName) {
        NodeList found = parent.getElementsByTagNameNS("*", localName);
        assertThat(found.getLength()).as(localName).isPositive();
        return found.item(0).getTextContent();
    }
}
