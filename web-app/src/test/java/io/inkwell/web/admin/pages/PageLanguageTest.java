package io.inkwell.web.admin.pages;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
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

/** A page's language, as a post's: chosen in the page editor, named on the page, the one search reads it in. */
@WebTest
class PageLanguageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SiteSettings site;

    SignedInUser admin;

    @BeforeEach
    void givenAnAdmin() {
        admin = person(jdbc, "Root", Role.ADMIN);
    }

    private Document page(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletRequestBuilder publish(String path, String language) {
        return post(path).with(user(admin)).with(csrf()).param("title", "Impressum").param("slug", "impressum")
                .param("content", "Unsere Häusern stehen am See.").param("language", language).param("version", "0")
                .param("action", "publish");
    }

    @Test
    void thePageEditorHasALabelledLanguageSelectWithTheSitesChosenForANewPage() throws Exception {
        SettingsRows.language(jdbc, "de");
        site.reload();

        Document editor = page(get("/admin/pages/new").with(user(admin)), status().isOk());

        assertThat(editor.select("label[for=language]").text()).as("in the site's language").isEqualTo("Sprache");
        assertThat(editor.select("#language option")).extracting(Element::val).containsExactly("en", "de");
        assertThat(editor.select("#language option[selected]").val()).isEqualTo("de");
    }

    @Test
    void aGermanPageOnAnEnglishSiteSaysItsLanguageAndIsFoundByGermanFormsOnceTheSiteIsGerman() throws Exception {
        mvc.perform(publish("/admin/pages/new", "de")).andExpect(status().is3xxRedirection());

        assertThat(page(get("/impressum"), status().isOk()).select("main article").attr("lang")).isEqualTo("de");
        String id = jdbc.queryForObject("select id::text from pages", String.class);
        assertThat(page(get("/admin/pages/" + id + "/edit").with(user(admin)), status().isOk())
                .select("#language option[selected]").val()).isEqualTo("de");

        SettingsRows.language(jdbc, "de");
        site.reload();

        assertThat(page(get("/impressum"), status().isOk()).select("main article").hasAttr("lang")).isFalse();
        assertThat(page(get("/search").param("q", "Häuser"), status().isOk()).select(".page-hits h2").eachText())
                .containsExactly("Impressum");
    }

    @Test
    void aLanguageTheSiteDoesNotOfferIsAMessageBesideTheFieldAndNothingIsSaved() throws Exception {
        Document form = page(publish("/admin/pages/new", "fr"), status().isBadRequest());

        assertThat(form.select("#language-error").text()).isEqualTo("Choose one of the languages offered.");
        assertThat(form.getElementById("content").val()).isEqualTo("Unsere Häusern stehen am See.");
        assertThat(jdbc.queryForObject("select count(*) from pages", Integer.class)).isZero();
    }
}
