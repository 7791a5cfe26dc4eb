package io.inkwell.web.posts;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.SeoFields;
import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A post's language: chosen in the editor (the site's for a new post), named on the post page when it is not the
 * site's, and the one search finds the post's words in; the query is read in the site's language.
 */
@WebTest
class PostLanguageTest {

    private static final String GERMAN_TEXT = "Wir wohnen in alten Häusern am See.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    SiteSettings site;

    SignedInUser ada;

    @BeforeEach
    void givenAnAuthor() {
        ada = person(jdbc, "Ada", Role.USER);
    }

    private void siteIn(String language) {
        SettingsRows.language(jdbc, language);
        site.reload();
    }

    private Document page(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString());
    }

    private PostRef published(String title, String content, String language) {
        return commands.create(ada.actor(), new PostDraft(title, null, content, null, null, Set.of(), List.of(),
                SeoFields.NONE, language), true);
    }

    private MockHttpServletRequestBuilder save(String path, String title, String language) {
        return post(path).with(user(ada)).with(csrf()).param("title", title).param("content", GERMAN_TEXT)
                .param("language", language).param("version", "0").param("action", "publish");
    }

    private List<String> searchTitles(String query) throws Exception {
        return page(get("/search").param("q", query), status().isOk()).select(".card h2").eachText();
    }

    @Test
    void theEditorHasALabelledLanguageSelectOfTheSitesLanguagesWithTheSitesChosenForANewPost() throws Exception {
        siteIn("de");

        Document editor = page(get("/posts/new").with(user(ada)), status().isOk());

        assertThat(editor.select("label[for=language]").text()).as("in the site's language").isEqualTo("Sprache");
        assertThat(editor.select("#language option")).extracting(Element::val).containsExactly("en", "de");
        assertThat(editor.select("#language option")).as("each language in its own words")
                .extracting(Element::text).containsExactly("English", "Deutsch");
        assertThat(editor.select("#language option[selected]").val()).isEqualTo("de");
    }

    @Test
    void aPostIsSavedInTheChosenLanguageAndItsEditorShowsIt() throws Exception {
        siteIn("de");

        mvc.perform(save("/posts/new", "In English", "en")).andExpect(status().is3xxRedirection());

        String id = jdbc.queryForObject("select id::text from posts where language = 'en'", String.class);
        assertThat(page(get("/posts/" + id + "/edit").with(user(ada)), status().isOk())
                .select("#language option[selected]").val()).isEqualTo("en");
    }

    @Test
    void aLanguageTheSiteDoesNotOfferIsAMessageBesideTheFieldAndNothingIsSaved() throws Exception {
        Document form = page(save("/posts/new", "Bonjour", "fr"), status().isBadRequest());

        assertThat(form.select("#language-error").text()).isEqualTo("Choose one of the languages offered.");
        assertThat(form.select("#language").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.getElementById("title").val()).isEqualTo("Bonjour");
        assertThat(jdbc.queryForObject("select count(*) from posts", Integer.class)).isZero();
    }

    /** The German site reads "Häuser" as 'haus': the post is found once it is indexed by the German rules. */
    @Test
    void changingThePostsLanguageInTheEditorReIndexesIt() throws Exception {
        siteIn("de");
        PostRef post = published("Wohnen am See", GERMAN_TEXT, "en");
        assertThat(searchTitles("Häuser")).isEmpty();

        mvc.perform(save("/posts/" + post.id() + "/edit", "Wohnen am See", "de")).andExpect(status().is3xxRedirection());

        assertThat(searchTitles("Häuser")).containsExactly("Wohnen am See");
    }

    @Test
    void searchFindsEnglishWordFormsOnAnEnglishSiteAndGermanOnesOnAGermanSite() throws Exception {
        published("Mornings", "She runs along the lake every morning.", "en");
        published("Wohnen am See", GERMAN_TEXT, "de");

        assertThat(searchTitles("running")).containsExactly("Mornings");
        siteIn("de");
        Document german = page(get("/search").param("q", "Häuser"), status().isOk());

        assertThat(german.select(".card h2").eachText()).containsExactly("Wohnen am See");
        assertThat(german.select("mark").eachText()).contains("Häusern");
    }

    @Test
    void thePostPageNamesItsLanguageOnlyWhenItIsNotTheSites() throws Exception {
        PostRef german = published("Wohnen am See", GERMAN_TEXT, "de");
        PostRef english = published("Mornings", "She runs along the lake.", "en");

        assertThat(page(get("/posts/" + german.slug()), status().isOk()).select("main article").attr("lang")).isEqualTo("de");
        assertThat(page(get("/posts/" + english.slug()), status().isOk()).select("main article").hasAttr("lang")).isFalse();

        siteIn("de");

        assertThat(page(get("/posts/" + german.slug()), status().isOk()).select("main article").hasAttr("lang")).isFalse();
        assertThat(page(get("/posts/" + english.slug()), status().isOk()).select("main article").attr("lang")).isEqualTo("en");
    }
}
