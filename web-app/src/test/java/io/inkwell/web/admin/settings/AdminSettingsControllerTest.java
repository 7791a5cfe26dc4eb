package io.inkwell.web.admin.settings;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.settings.Settings;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebTest
class AdminSettingsControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SettingsAdministration settings;

    SignedInUser admin;

    @BeforeEach
    void givenAnAdmin() {
        admin = person(jdbc, "Root", Role.ADMIN);
    }

    /** Every field of the form, as an admin fills it in; a test changes the one it is about. */
    private static Map<String, String> filledIn() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Ada's notes");
        fields.put("tagline", "On engines and numbers");
        fields.put("language", "de");
        fields.put("timeZone", "Europe/Berlin");
        fields.put("postsPerPage", "20");
        fields.put("registrationOpen", "false");
        fields.put("logoUrl", "https://img.example/logo.png");
        fields.put("iconUrl", "/favicon.png");
        fields.put("footerText", "© Ada Lovelace");
        fields.put("version", "0");
        return fields;
    }

    private MockHttpServletRequestBuilder save(Map<String, String> fields, SignedInUser who) {
        MockHttpServletRequestBuilder request = post("/admin/settings").with(user(who)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void theFormHasALabelledFieldForEverySettingFilledWithWhatIsStored() throws Exception {
        Document form = page(mvc.perform(get("/admin/settings").with(user(admin))).andExpect(status().isOk()).andReturn());

        assertThat(form.title()).isEqualTo("Settings · Admin · Inkwell");
        Map<String, String> labels = Map.of("title", "Site title", "tagline", "Tagline", "language", "Language",
                "timeZone", "Time zone", "postsPerPage", "Posts per page", "registrationOpen", "Registration",
                "logoUrl", "Logo URL", "iconUrl", "Icon URL", "footerText", "Footer text");
        labels.forEach((field, label) -> {
            assertThat(form.select("label[for=" + field + "]").text()).as(field).isEqualTo(label);
            assertThat(form.getElementById(field)).as(field).isNotNull();
        });
        assertThat(form.getElementById("title").val()).isEqualTo("Inkwell");
        assertThat(form.getElementById("timeZone").val()).isEqualTo("UTC");
        assertThat(form.getElementById("postsPerPage").val()).isEqualTo("10");
        assertThat(form.select("#language option[selected]").text()).isEqualTo("English");
        assertThat(form.select("#language option")).extracting(Element::val).containsExactly("en", "de");
        assertThat(form.select("#registrationOpen option[selected]").val()).isEqualTo("true");
        assertThat(form.select("input[name=version]").val()).isEqualTo("0");
        assertThat(form.select("form[action=/admin/settings] button[type=submit]").text()).isEqualTo("Save settings");
    }

    @Test
    void anAdminSavesEveryFieldAndTheFormShowsWhatWasStored() throws Exception {
        mvc.perform(save(filledIn(), admin))
                .andExpect(redirectedUrl("/admin/settings"))
                .andExpect(flash().attribute("message", "Einstellungen gespeichert.")); // in the language just chosen

        Settings stored = settings.stored();
        assertThat(stored.title()).isEqualTo("Ada's notes");
        assertThat(stored.timeZone().getId()).isEqualTo("Europe/Berlin");
        assertThat(stored.postsPerPage()).isEqualTo(20);
        assertThat(stored.registrationOpen()).isFalse();
        assertThat(stored.version()).isEqualTo(1);
        Document form = page(mvc.perform(get("/admin/settings").with(user(admin))).andReturn());
        assertThat(form.getElementById("footerText").text()).isEqualTo("© Ada Lovelace");
        assertThat(form.select("input[name=version]").val()).isEqualTo("1");
        assertThat(form.title()).isEqualTo("Einstellungen · Verwaltung · Ada's notes");
        assertThat(form.select("html").attr("lang")).isEqualTo("de");
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            title            | '  '                  | Enter the site's title.
            title            | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | Use at most 100 characters.
            timeZone         | Europe/Atlantis       | is not a time zone this site knows
            timeZone         | ''                    | Enter a time zone
            postsPerPage     | 4                     | Choose from 5 to 50 posts per page.
            postsPerPage     | 51                    | Choose from 5 to 50 posts per page.
            postsPerPage     | many                  | Enter a whole number.
            language         | fr                    | Choose one of the languages offered.
            registrationOpen | maybe                 | Choose one of the options offered.
            logoUrl          | javascript:alert(1)   | Use an address starting with https://, http:// or /
            iconUrl          | //evil.example/i.png  | Use an address starting with https://, http:// or /
            logoUrl          | data:image/png;base64,AAAA | Use an address starting with https://, http:// or /
            """)
    void badInputIsExplainedBesideItsFieldAndNothingIsStored(String field, String value, String message) throws Exception {
        Map<String, String> fields = filledIn();
        fields.put(field, value);

        Document form = page(mvc.perform(save(fields, admin)).andExpect(status().isBadRequest()).andReturn());

        assertThat(form.select("#" + field + "-error").text()).contains(message);
        assertThat(form.getElementById(field).attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select(".field-error")).hasSize(1);
        assertThat(form.getElementById("tagline").val()).as("the other values stay as typed").isEqualTo("On engines and numbers");
        assertThat(settings.stored()).isEqualTo(Settings.defaults());
    }

    @Test
    void aSaveOnSettingsSomeoneElseSavedSinceIsRefusedWithAMessageAndKeepsTheirs() throws Exception {
        SignedInUser otherAdmin = person(jdbc, "Grace", Role.ADMIN);
        Map<String, String> first = filledIn();
        first.put("title", "Grace's title");
        mvc.perform(save(first, otherAdmin)).andExpect(status().is3xxRedirection());

        Map<String, String> stale = filledIn();
        stale.put("tagline", "Root's tagline");
        Document form = page(mvc.perform(save(stale, admin)).andExpect(status().isBadRequest()).andReturn());

        // Grace chose German: the site speaks it now, to Root too.
        assertThat(form.select(".flash.error").text()).contains("Jemand anderes hat die Einstellungen gespeichert, seit Sie diese Seite");
        assertThat(form.getElementById("tagline").val()).isEqualTo("Root's tagline");
        assertThat(settings.stored().title()).isEqualTo("Grace's title");
        assertThat(settings.stored().tagline()).isEqualTo("On engines and numbers");
    }

    @Test
    void aDamagedVersionIsExplained() throws Exception {
        Map<String, String> fields = filledIn();
        fields.put("version", "x");

        Document form = page(mvc.perform(save(fields, admin)).andExpect(status().isBadRequest()).andReturn());

        assertThat(form.select(".flash.error").text()).contains("open the settings again");
        assertThat(settings.stored()).isEqualTo(Settings.defaults());
    }

    @Test
    void onlyAdminsSeeOrSaveTheSettings() throws Exception {
        SignedInUser author = person(jdbc, "Ada", Role.USER);
        SignedInUser guest = person(jdbc, "Gus", Role.GUEST);

        mvc.perform(get("/admin/settings")).andExpect(redirectedUrl("/login"));
        for (SignedInUser visitor : new SignedInUser[] {author, guest}) {
            mvc.perform(get("/admin/settings").with(user(visitor))).andExpect(status().isForbidden());
            mvc.perform(save(filledIn(), visitor)).andExpect(status().isForbidden());
        }

        assertThat(settings.stored()).isEqualTo(Settings.defaults());
    }

    @Test
    void aSaveWithoutItsCsrfTokenIsRefused() throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/settings").with(user(admin));
        filledIn().forEach(request::param);

        mvc.perform(request).andExpect(status().isForbidden());

        assertThat(settings.stored()).isEqualTo(Settings.defaults());
    }
}
