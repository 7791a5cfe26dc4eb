package io.inkwell.web.feeds;

import static io.inkwell.web.posts.PostWebFixtures.person;
import static io.inkwell.web.posts.PostWebFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.db.test.TestDatabase;
import io.inkwell.posts.PostCommands;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

@SpringBootTest
@AutoConfigureMockMvc
class FeedControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @AfterEach
    void cleanUp() {
        TestDatabase.get().truncateAll();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theAtomFeedListsPublishedPostsAsWellFormedXml() throws Exception {
        SignedInUser ada = person(jdbc, "Ada & <Co>", Role.USER);
        post(commands, ada, "Fish & \"chips\" <3", true);
        post(commands, ada, "Hidden draft", false);

        String xml = mvc.perform(get("/feed.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andExpect(content().string(not(containsString("Hidden draft"))))
                .andReturn().getResponse().getContentAsString();

        Document feed = parse(xml);
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(1);
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(1).getTextContent())
                .isEqualTo("Fish & \"chips\" <3");
        assertThat(xml).contains("/posts/fish-chips-3");
    }

    @Test
    void theSitemapListsPublishedPostUrls() throws Exception {
        SignedInUser ada = person(jdbc, "Ada", Role.USER);
        post(commands, ada, "Listed", true);

        String xml = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(parse(xml).getElementsByTagName("url").getLength()).isEqualTo(2);
        assertThat(xml).contains("http://localhost/posts/listed");
    }

    @Test
    void controlCharactersNeverBreakTheXml() {
        assertThat(FeedController.escape("a\u0001b<&>\"'\n")).isEqualTo("ab&lt;&amp;&gt;&quot;&apos;\n");
    }
}
