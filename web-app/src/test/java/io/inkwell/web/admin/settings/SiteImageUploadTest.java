package io.inkwell.web.admin.settings;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.media.test.TestImages;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class SiteImageUploadTest {

    private static final String STORED_IMAGE = "https://blog\\.example/media/[0-9a-f]{64}/(480|original)/%s";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SiteSettings site;

    private static MockMultipartFile image(String name, byte[] bytes) {
        return new MockMultipartFile("image", name, "image/png", bytes);
    }

    private String stored(String column) {
        List<String> row = jdbc.queryForList("select " + column + " from site_settings", String.class);
        return row.isEmpty() ? null : row.get(0);
    }

    @Test
    void anAdminUploadsALogoThatTheHeaderShowsAtOnce() throws Exception {
        SignedInUser root = person(jdbc, "Root", Role.ADMIN);

        mvc.perform(multipart("/admin/settings/logo").file(image("logo.png", TestImages.png(900, 300, true)))
                        .with(user(root)).with(csrf()))
                .andExpect(redirectedUrl("/admin/settings"))
                .andExpect(flash().attribute("message", "Logo uploaded."));

        assertThat(stored("logo_url")).matches(STORED_IMAGE.formatted("logo\\.png"));
        assertThat(jdbc.queryForObject("select alt_text from media_items", String.class)).isEqualTo("Logo of Inkwell");
        site.reload();
        Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(home.select("header img").eachAttr("src")).contains(stored("logo_url"));
    }

    @Test
    void anUploadedIconBecomesThePagesIconAndLeavesTheLogoAlone() throws Exception {
        SignedInUser root = person(jdbc, "Root", Role.ADMIN);

        mvc.perform(multipart("/admin/settings/icon").file(image("icon.png", TestImages.png(256, 256, false)))
                        .with(user(root)).with(csrf()))
                .andExpect(redirectedUrl("/admin/settings"));

        assertThat(stored("icon_url")).matches(STORED_IMAGE.formatted("icon\\.png"));
        assertThat(stored("logo_url")).isNull();
        site.reload();
        Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(home.select("link[rel=icon]").attr("href")).isEqualTo(stored("icon_url"));
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedBesideItsFieldAndNothingIsStored() throws Exception {
        SignedInUser root = person(jdbc, "Root", Role.ADMIN);

        String page = mvc.perform(multipart("/admin/settings/logo").file(image("logo.png", TestImages.html()))
                        .with(user(root)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Site settings")))
                .andReturn().getResponse().getContentAsString();

        Document form = Jsoup.parse(page);
        assertThat(form.select("#logo-image-error").text()).contains("an HTML page");
        assertThat(form.select("#logo-image").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#icon-image-error")).isEmpty();
        assertThat(form.select("input[name=title]").val()).isEqualTo("Inkwell");
        assertThat(stored("logo_url")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from media_items", Integer.class)).isZero();
    }

    @Test
    void aMissingFileIsRefusedBesideTheIconField() throws Exception {
        SignedInUser root = person(jdbc, "Root", Role.ADMIN);

        String page = mvc.perform(multipart("/admin/settings/icon").with(user(root)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select("#icon-image-error").text()).isNotBlank();
        assertThat(stored("icon_url")).isNull();
    }

    @Test
    void authorsMayNotChangeTheSiteImages() throws Exception {
        SignedInUser ada = person(jdbc, "Ada", Role.USER);

        mvc.perform(multipart("/admin/settings/logo").file(image("logo.png", TestImages.png(100, 100, false)))
                        .with(user(ada)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/settings/logo").file(image("logo.png", TestImages.png(100, 100, false)))
                        .with(user(person(jdbc, "Root", Role.ADMIN))))
                .andExpect(status().isForbidden());

        assertThat(stored("logo_url")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from media_items", Integer.class)).isZero();
    }
}
