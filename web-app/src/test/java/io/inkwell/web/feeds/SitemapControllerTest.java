package io.inkwell.web.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.test.PostRows;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@WebTest
class SitemapControllerTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String BASE = "https://blog.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** {@code url} as the index wrote it, already encoded. */
    private Document fetch(String url) throws Exception {
        byte[] xml = mvc.perform(get(URI.create(url))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xml"))
                .andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The index's files, as paths on this site (the base URL taken off). */
    private List<String> indexedFiles() throws Exception {
        Document index = fetch("/sitemap.xml");
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        List<String> files = new ArrayList<>();
        NodeList locs = index.getElementsByTagNameNS(SITEMAP, "loc");
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertThat(loc).startsWith(BASE + "/sitemaps/");
            files.add(loc.substring(BASE.length()));
        }
        return files;
    }

    /** A file's addresses and their lastmod (null where it has none), in the file's order. */
    private Map<String, String> addresses(String file) throws Exception {
        Document set = fetch(file);
        assertThat(set.getDocumentElement().getLocalName()).isEqualTo("urlset");
        Map<String, String> addresses = new LinkedHashMap<>();
        NodeList urls = set.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            NodeList lastmod = url.getElementsByTagNameNS(SITEMAP, "lastmod");
            addresses.put(url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent());
        }
        return addresses;
    }

    private UUID published(UUID author, String slug, String publishedAt) {
        return WebTestData.publishedPost(jdbc, author, slug, slug, Instant.parse(publishedAt));
    }

    private void lastChanged(UUID post, String at) {
        jdbc.update("update posts set updated_at = ? where id = ?", Timestamp.from(Instant.parse(at)), post);
    }

    @Test
    void aSmallSiteHasOneFileOfEachKind() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada");
        PostRows.link(jdbc, published(ada, "notes", "2026-03-01T10:00:00Z"), PostRows.category(jdbc, "Essays", "essays"));

        assertThat(indexedFiles()).containsExactly("/sitemaps/site-1.xml", "/sitemaps/posts-1.xml",
                "/sitemaps/categories-1.xml", "/sitemaps/authors-1.xml");
        assertThat(addresses("/sitemaps/site-1.xml")).containsOnlyKeys(BASE + "/", BASE + "/categories", BASE + "/tags");
    }

    @Test
    void anEmptySiteNamesOnlyItsOwnPages() throws Exception {
        assertThat(indexedFiles()).containsExactly("/sitemaps/site-1.xml");
        assertThat(addresses("/sitemaps/posts-1.xml")).isEmpty();
    }

    @Test
    void thePostsFileListsPublishedPostsOldestFirstWithTheirLastChange() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada");
        UUID newer = published(ada, "newer", "2026-03-02T10:00:00Z");
        UUID older = published(ada, "older", "2026-03-01T10:00:00Z");
        lastChanged(older, "2026-03-05T08:30:00Z");
        lastChanged(newer, "2026-03-02T10:00:00Z");
        PostRows.draft(jdbc, ada, "Draft", "draft");
        UUID archived = published(ada, "archived", "2026-03-03T10:00:00Z");
        jdbc.update("update posts set status = 'archived' where id = ?", archived);

        assertThat(addresses("/sitemaps/posts-1.xml")).containsExactly(
                Map.entry(BASE + "/posts/older", "2026-03-05T08:30:00Z"),
                Map.entry(BASE + "/posts/newer", "2026-03-02T10:00:00Z"));
    }

    @Test
    void aPostHiddenFromSearchEnginesIsLeftOut() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada");
        published(ada, "listed", "2026-03-01T10:00:00Z");
        UUID hidden = published(ada, "hidden", "2026-03-02T10:00:00Z");
        jdbc.update("update posts set hidden_from_search = true where id = ?", hidden);

        assertThat(addresses("/sitemaps/posts-1.xml")).containsOnlyKeys(BASE + "/posts/listed");
    }

    @Test
    void theCategoriesFileListsCategoriesWithPublishedPosts() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada");
        UUID post = published(ada, "notes", "2026-03-01T10:00:00Z");
        PostRows.link(jdbc, post, PostRows.category(jdbc, "Essays", "essays"));
        PostRows.link(jdbc, PostRows.draft(jdbc, ada, "Draft", "draft"), PostRows.category(jdbc, "Drafts only", "drafts-only"));
        PostRows.category(jdbc, "Empty", "empty");

        Map<String, String> categories = addresses("/sitemaps/categories-1.xml");

        assertThat(categories).containsOnlyKeys(BASE + "/categories/essays");
        assertThat(categories.get(BASE + "/categories/essays")).isNotBlank();
    }

    @Test
    void theAuthorsFileListsAuthorsOfPublishedPostsWithTheirNewestPublication() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada");
        UUID drafter = UserRows.author(jdbc, "Drafter");
        published(ada, "first", "2026-03-01T10:00:00Z");
        published(ada, "second", "2026-03-04T10:00:00Z");
        PostRows.draft(jdbc, drafter, "Draft", "draft");

        assertThat(addresses("/sitemaps/authors-1.xml"))
                .containsExactly(Map.entry(BASE + "/authors/" + ada, "2026-03-04T10:00:00Z"));
    }

    @Test
    void moreThanFiftyThousandPostsMakeASecondFileStartingWhereTheFirstEnds() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada");
        jdbc.update("""
                insert into posts (author_id, title, slug, status, published_at)
                select ?, 'Post ' || n, 'post-' || n, 'published', timestamptz '2020-01-01 00:00:00Z' + n * interval '1 minute'
                  from generate_series(1, 50001) n""", ada);

        List<String> postFiles = indexedFiles().stream().filter(file -> file.startsWith("/sitemaps/posts-")).toList();

        assertThat(postFiles).hasSize(2);
        assertThat(postFiles.get(0)).startsWith("/sitemaps/posts-1.xml?to=");
        assertThat(postFiles.get(1)).startsWith("/sitemaps/posts-2.xml?from=")
                .endsWith(postFiles.get(0).substring("/sitemaps/posts-1.xml?to=".length()));
        Map<String, String> first = addresses(postFiles.get(0));
        assertThat(first).hasSize(SitemapSource.FILE_SIZE);
        assertThat(first.keySet().iterator().next()).isEqualTo(BASE + "/posts/post-1");
        assertThat(addresses(postFiles.get(1))).containsOnlyKeys(BASE + "/posts/post-50001");
    }

    @Test
    void aFileNobodyIndexedIsNotFound() throws Exception {
        List<String> unknown = List.of("/sitemaps/nothing-1.xml", "/sitemaps/posts-2.xml", "/sitemaps/posts-0.xml",
                "/sitemaps/posts-1.xml?from=2026-03-01T10:00:00Z_" + UUID.randomUUID(), "/sitemaps/posts-2.xml?from=garbage",
                "/sitemaps/posts-1.xml?to=garbage", "/sitemaps/categories-2.xml?from=Not_A_Slug",
                "/sitemaps/authors-2.xml?from=not-an-id", "/sitemaps/site-1.xml?to=elsewhere", "/sitemaps/Posts-1.xml");

        for (String file : unknown) {
            assertThat(mvc.perform(get(URI.create(file))).andReturn().getResponse().getStatus()).as(file).isEqualTo(404);
        }
    }

    @Test
    void addressesComeFromTheBaseUrlWhateverHostTheRequestNames() throws Exception {
        UUID ada = UserRows.author(jdbc, "Ada");
        published(ada, "listed", "2026-03-01T10:00:00Z");

        String index = mvc.perform(get("/sitemap.xml").with(request -> {
            request.setServerName("evil.example");
            return request;
        })).andReturn().getResponse().getContentAsString();
        String posts = mvc.perform(get("/sitemaps/posts-1.xml").header("Host", "evil.example"))
                .andReturn().getResponse().getContentAsString();

        assertThat(index).contains("<loc>https://blog.example/sitemaps/posts-1.xml</loc>").doesNotContain("evil.example");
        assertThat(posts).contains("<loc>https://blog.example/posts/listed</loc>").doesNotContain("evil.example");
    }
}
