package io.inkwell.web.posts;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PostLimits;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The post editor's "Search engines" fields: labelled, limited, kept, and refused with a message when too long. */
@WebTest
class SeoFieldsFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser ada;

    @BeforeEach
    void givenAnAuthor() {
        ada = person(jdbc, "Ada", Role.USER);
    }

    private Document form(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(ada))).andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletRequestBuilder newPost(String... fields) {
        MockHttpServletRequestBuilder request = post("/posts/new").with(csrf())
                .param("title", "Engines").param("content", "On engines.").param("action", "publish");
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    private Map<String, Object> stored() {
        return jdbc.queryForMap("select id, seo_title, meta_description, hidden_from_search from posts where slug = 'engines'");
    }

    @Test
    void theEditorOffersTheFieldsWithLabelsAndTheirLimits() throws Exception {
        Document page = form(get("/posts/new"), 200);

        assertThat(page.select("label[for=seoTitle]").text()).isEqualTo("Search engine title");
        assertThat(page.select("label[for=metaDescription]").text()).isEqualTo("Meta description");
        assertThat(page.select("label[for=hiddenFromSearch]").text()).isEqualTo("Hide from search engines");
        assertThat(page.select("input#seoTitle").attr("maxlength")).isEqualTo(String.valueOf(PostLimits.SEO_TITLE_MAX));
        assertThat(page.select("textarea#metaDescription").attr("maxlength"))
                .isEqualTo(String.valueOf(PostLimits.META_DESCRIPTION_MAX));
        Element box = page.selectFirst("input#hiddenFromSearch");
        assertThat(box.attr("type")).isEqualTo("checkbox");
        assertThat(box.hasAttr("checked")).isFalse();
        assertThat(box.attr("aria-describedby")).isEqualTo("hiddenFromSearch-help");
    }

    @Test
    void whatTheAuthorWritesIsKeptAndShownWhenTheyEditAgain() throws Exception {
        mvc.perform(newPost("seoTitle", "Engines, explained", "metaDescription", "How engines work.",
                        "hiddenFromSearch", "true").with(user(ada)))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> row = stored();
        assertThat(row).containsEntry("seo_title", "Engines, explained").containsEntry("meta_description", "How engines work.")
                .containsEntry("hidden_from_search", true);
        Document edit = form(get("/posts/" + row.get("id") + "/edit"), 200);
        assertThat(edit.select("input#seoTitle").val()).isEqualTo("Engines, explained");
        assertThat(edit.select("textarea#metaDescription").val()).isEqualTo("How engines work.");
        assertThat(edit.selectFirst("input#hiddenFromSearch").hasAttr("checked")).isTrue();
    }

    @Test
    void aBoxLeftUncheckedShowsThePostToSearchEnginesAgain() throws Exception {
        mvc.perform(newPost("hiddenFromSearch", "true").with(user(ada))).andExpect(status().is3xxRedirection());
        UUID id = (UUID) stored().get("id");

        mvc.perform(post("/posts/" + id + "/edit").with(user(ada)).with(csrf()).param("title", "Engines")
                        .param("content", "On engines.").param("version", "0").param("_hiddenFromSearch", "on")
                        .param("seoTitle", "  ").param("action", "draft"))
                .andExpect(status().is3xxRedirection());

        assertThat(stored()).containsEntry("hidden_from_search", false).containsEntry("seo_title", null);
    }

    @Test
    void aTooLongSearchEngineTitleIsAMessageBesideTheFieldAndNothingIsSaved() throws Exception {
        String title = "t".repeat(PostLimits.SEO_TITLE_MAX + 1);

        Document page = form(newPost("seoTitle", title, "metaDescription", "Kept as typed."), 400);

        assertThat(page.select("#seoTitle-error").text()).isEqualTo("At most " + PostLimits.SEO_TITLE_MAX + " characters.");
        assertThat(page.select("input#seoTitle").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("input#seoTitle").val()).isEqualTo(title);
        assertThat(page.select("textarea#metaDescription").val()).isEqualTo("Kept as typed.");
        assertThat(jdbc.queryForObject("select count(*) from posts", Integer.class)).isZero();
    }

    @Test
    void aTooLongMetaDescriptionIsAMessageBesideTheFieldAndNothingIsSaved() throws Exception {
        Document page = form(newPost("metaDescription", "d".repeat(PostLimits.META_DESCRIPTION_MAX + 1)), 400);

        assertThat(page.select("#metaDescription-error").text())
                .isEqualTo("At most " + PostLimits.META_DESCRIPTION_MAX + " characters.");
        assertThat(page.select("input#title").val()).isEqualTo("Engines");
        assertThat(jdbc.queryForObject("select count(*) from posts", Integer.class)).isZero();
    }
}
