package io.inkwell.web.posts;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The editor's "Schedule" with "Publish at" in the site's time zone, and what it answers to bad input. */
@WebTest
class SchedulingFormTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    SiteSettings settings;

    SignedInUser ada;
    PostRef draft;

    @BeforeEach
    void givenADraftOnASiteInTokyo() {
        SettingsRows.stored(jdbc, "Inkwell");
        jdbc.update("update site_settings set time_zone = 'Asia/Tokyo'");
        settings.reload();
        ada = person(jdbc, "Ada", Role.USER);
        draft = post(commands, ada, "Launch notes", false);
    }

    private String row() {
        return jdbc.queryForObject("select status || ':' || version || ':' || coalesce(scheduled_at::text, '-') from posts where id = ?",
                String.class, draft.id());
    }

    @Test
    void theEditorOffersPublishAtInTheSitesTimeZone() throws Exception {
        mvc.perform(get("/posts/" + draft.id() + "/edit").with(user(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"publishAt\">Publish at (Asia/Tokyo)</label>")))
                .andExpect(content().string(containsString("type=\"datetime-local\"")))
                .andExpect(content().string(containsString("name=\"publishZone\" value=\"Asia/Tokyo\"")))
                .andExpect(content().string(containsString("value=\"schedule\">Schedule</button>")));
    }

    @Test
    void schedulingSavesTheTextAndTheTimeAndTheEditorAndMyPostsShowIt() throws Exception {
        LocalDateTime at = LocalDateTime.now(TOKYO).plusDays(3).withHour(9).withMinute(30).truncatedTo(ChronoUnit.MINUTES);

        mvc.perform(post("/posts/" + draft.id() + "/edit").with(user(ada)).with(csrf())
                        .param("title", "Launch notes").param("content", "Soon.").param("version", "0")
                        .param("publishAt", at.toString()).param("publishZone", "Asia/Tokyo").param("action", "schedule"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/posts/" + draft.id() + "/edit"));

        assertThat(jdbc.queryForObject("select scheduled_at from posts where id = ?", java.sql.Timestamp.class, draft.id())
                .toInstant()).isEqualTo(at.atZone(TOKYO).toInstant());
        mvc.perform(get("/posts/" + draft.id() + "/edit").with(user(ada)))
                .andExpect(content().string(containsString("scheduled</strong>")))
                .andExpect(content().string(containsString("(Asia/Tokyo)</time>")))
                .andExpect(content().string(containsString(">Reschedule<")))
                .andExpect(content().string(containsString(">Publish now<")))
                .andExpect(content().string(containsString("Unschedule (back to draft)")));
        mvc.perform(get("/me/posts").with(user(ada)))
                .andExpect(content().string(containsString("scheduled</span>")))
                .andExpect(content().string(containsString("for ")));
        mvc.perform(get("/posts/launch-notes")).andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "\"{0}\" in \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "2020-05-01T09:30 | Asia/Tokyo | This time has passed",
        "2999-05-01T09:30 | Asia/Tokyo | at most 5 years ahead",
        "next tuesday     | Asia/Tokyo | Write the date and time as",
        "2031-05-01T09:30 |            | time zone of this time is missing"})
    void aBadTimeIsShownBesideTheFieldWithWhatWasTypedAndNothingChanges(String typed, String zone, String message)
            throws Exception {
        String before = row();

        mvc.perform(post("/posts/" + draft.id() + "/edit").with(user(ada)).with(csrf())
                        .param("title", "Launch notes, edited").param("content", "Soon.").param("version", "0")
                        .param("publishAt", typed).param("publishZone", zone == null ? "" : zone).param("action", "schedule"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "publishAt"))
                .andExpect(content().string(containsString("id=\"publishAt-error\"")))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"Launch notes, edited\"")));

        assertThat(row()).isEqualTo(before);
    }

    @Test
    void aGermanSiteOffersSchedulingAndRefusesAPastTimeInGerman() throws Exception {
        SettingsRows.language(jdbc, "de");
        settings.reload();

        mvc.perform(get("/posts/" + draft.id() + "/edit").with(user(ada)))
                .andExpect(content().string(containsString("<label for=\"publishAt\">Veröffentlichen am (Asia/Tokyo)</label>")))
                .andExpect(content().string(containsString("value=\"schedule\">Planen</button>")));
        mvc.perform(post("/posts/" + draft.id() + "/edit").with(user(ada)).with(csrf())
                        .param("title", "Launch notes").param("content", "Soon.").param("version", "0")
                        .param("publishAt", "2020-05-01T09:30").param("publishZone", "Asia/Tokyo").param("action", "schedule"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Diese Zeit ist vorbei: Wählen Sie eine in der Zukunft")));
    }

    @Test
    void aContributorIsOfferedSubmitForReviewAndNeitherPublishNorSchedule() throws Exception {
        SignedInUser cy = person(jdbc, "Cy", Role.CONTRIBUTOR);

        mvc.perform(get("/posts/new").with(user(cy)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Submit for review<")))
                .andExpect(content().string(not(containsString("value=\"publish\""))))
                .andExpect(content().string(not(containsString("value=\"schedule\""))))
                .andExpect(content().string(not(containsString("Publish at"))));
    }

    @Test
    void aContributorsDirectPublishIsA403AndChangesNothing() throws Exception {
        SignedInUser cy = person(jdbc, "Cy", Role.CONTRIBUTOR);
        PostRef own = post(commands, cy, "Cy's draft", false);
        String before = jdbc.queryForObject("select status || version from posts where id = ?", String.class, own.id());

        mvc.perform(post("/posts/" + own.id() + "/publish").with(user(cy)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/posts/" + own.id() + "/edit").with(user(cy)).with(csrf())
                        .param("title", "Out now").param("content", "x").param("version", "0").param("action", "publish"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/posts/new").with(user(cy)).with(csrf())
                        .param("title", "Straight out").param("content", "x").param("action", "publish"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select status || version from posts where id = ?", String.class, own.id())).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from posts where author_id = ?", Integer.class, cy.id())).isEqualTo(1);
    }
}
