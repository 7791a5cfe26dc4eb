package io.inkwell.web.admin.integrations;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.integrations.test.IntegrationRows;
import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /admin/webhooks: making one (its secret shown once), the rules of its address beside the field, its page with the
 * delivery log and "Redeliver", editing and deleting. Addresses are under .invalid or literal: nothing is sent.
 */
@WebTest
class AdminWebhookControllerTest {

    private static final String URL = "https://hooks.example.invalid/inkwell";

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

    private int webhookCount() {
        return jdbc.queryForObject("select count(*) from webhooks", Integer.class);
    }

    @Test
    void aNewWebhookShowsItsMadeSecretOnce() throws Exception {
        mvc.perform(get("/admin/webhooks").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No webhooks yet.")))
                .andExpect(content().string(containsString("Post published (post.published)")));

        mvc.perform(post("/admin/webhooks").with(user(admin)).with(csrf())
                        .param("url", URL).param("events", "POST_PUBLISHED", "PAGE_PUBLISHED").param("secret", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/webhooks/created"))
                .andExpect(content().string(containsString("whsec_")));

        assertThat(jdbc.queryForObject("select array_to_string(events, ' ') from webhooks where url = ?", String.class, URL))
                .isEqualTo("post.published page.published");
        mvc.perform(get("/admin/webhooks").with(user(admin))).andExpect(content().string(containsString(URL)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://user:secret@hooks.example.invalid/x | Leave the user name and password out",
        "ftp://hooks.example.invalid/x | http:// or https://",
        "http://10.0.0.5/hook | public addresses only",
        "http://127.0.0.1:8081/actuator/health | public addresses only",
        "not a url | not a web address"})
    void aBadAddressIsRefusedBesideItsFieldWithWhatWasTyped(String url, String message) throws Exception {
        mvc.perform(post("/admin/webhooks").with(user(admin)).with(csrf()).param("url", url).param("events", "POST_PUBLISHED"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "url"))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"" + url.replace("&", "&amp;") + "\"")));

        assertThat(webhookCount()).isZero();
    }

    @Test
    void noEventsAForgedEventOrAShortSecretIsRefusedBesideItsField() throws Exception {
        mvc.perform(post("/admin/webhooks").with(user(admin)).with(csrf()).param("url", URL))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "events"))
                .andExpect(content().string(containsString("Choose at least one event")));
        mvc.perform(post("/admin/webhooks").with(user(admin)).with(csrf()).param("url", URL).param("events", "EVERYTHING"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "events"))
                .andExpect(content().string(containsString("Choose events from the list.")));
        mvc.perform(post("/admin/webhooks").with(user(admin)).with(csrf()).param("url", URL).param("events", "POST_DELETED")
                        .param("secret", "too short"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "secret"))
                .andExpect(content().string(containsString("16 to 200 characters")));

        assertThat(webhookCount()).isZero();
    }

    @Test
    void aWebhooksPageShowsItsDeliveryLogAndRedeliversOne() throws Exception {
        UUID hook = IntegrationRows.webhook(jdbc, URL, "whsec_0123456789abcdef", "post.published");
        UUID failed = IntegrationRows.delivery(jdbc, hook, "post.published", "failed");
        jdbc.update("update webhook_deliveries set response_code = 500, duration_ms = 42, error = 'The receiver answered 500' where id = ?",
                failed);

        mvc.perform(get("/admin/webhooks/" + hook).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The receiver answered 500")))
                .andExpect(content().string(containsString("42 ms")))
                .andExpect(content().string(containsString("Redeliver")));

        mvc.perform(post("/admin/webhooks/" + hook + "/deliveries/" + failed + "/redeliver").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/webhooks/" + hook))
                .andExpect(flash().attribute("message", containsString("sent again")));

        assertThat(jdbc.queryForObject("select count(*) from webhook_deliveries where redelivery_of = ? and status = 'pending'",
                Integer.class, failed)).isEqualTo(1);
        mvc.perform(get("/admin/webhooks/" + hook).with(user(admin))).andExpect(content().string(containsString("(redelivery)")));
    }

    @Test
    void theLogIsPagedFromNewestToOldest() throws Exception {
        UUID hook = IntegrationRows.webhook(jdbc, URL, "whsec_0123456789abcdef", "post.published");
        for (int i = 0; i < AdminWebhookController.LOG_PAGE_SIZE + 1; i++) {
            IntegrationRows.delivery(jdbc, hook, "post.published", "delivered");
        }
        UUID oldest = jdbc.queryForObject("select id from webhook_deliveries order by id limit 1", UUID.class);

        String first = mvc.perform(get("/admin/webhooks/" + hook).with(user(admin)))
                .andExpect(content().string(containsString("Older")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).doesNotContain(oldest.toString());
        String before = first.replaceAll("(?s).*before=([0-9a-f-]{36}).*", "$1");

        mvc.perform(get("/admin/webhooks/" + hook).param("before", before).with(user(admin)))
                .andExpect(content().string(containsString(oldest.toString())))
                .andExpect(content().string(containsString("Newest")));
        mvc.perform(get("/admin/webhooks/" + hook).param("before", "garbage").with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void editingKeepsTheSecretUnlessANewOneIsWritten() throws Exception {
        UUID hook = IntegrationRows.webhook(jdbc, URL, "whsec_0123456789abcdef", "post.published");

        mvc.perform(post("/admin/webhooks/" + hook).with(user(admin)).with(csrf())
                        .param("url", "https://other.example.invalid/x").param("events", "POST_DELETED").param("secret", ""))
                .andExpect(redirectedUrl("/admin/webhooks/" + hook))
                .andExpect(flash().attribute("message", "Webhook saved."));
        assertThat(jdbc.queryForMap("select url, array_to_string(events, ' ') as events, secret from webhooks"))
                .containsEntry("url", "https://other.example.invalid/x").containsEntry("events", "post.deleted")
                .containsEntry("secret", "whsec_0123456789abcdef");

        mvc.perform(post("/admin/webhooks/" + hook).with(user(admin)).with(csrf())
                        .param("url", "http://192.168.1.1/").param("events", "POST_DELETED"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "url"));
        assertThat(jdbc.queryForObject("select url from webhooks", String.class)).isEqualTo("https://other.example.invalid/x");
    }

    @Test
    void deletingAsksFirstAndTakesTheLogAlong() throws Exception {
        UUID hook = IntegrationRows.webhook(jdbc, URL, "whsec_0123456789abcdef", "post.published");
        IntegrationRows.delivery(jdbc, hook, "post.published", "pending");

        mvc.perform(get("/admin/webhooks/" + hook + "/delete").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Delete the webhook to " + URL + "?")));
        mvc.perform(post("/admin/webhooks/" + hook + "/delete").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/webhooks"));

        assertThat(webhookCount()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from webhook_deliveries", Integer.class)).isZero();
    }

    @Test
    void onAGermanSiteTheWebhookPagesAndTheirRefusalsAreGerman() throws Exception {
        settings.save(admin.actor(), new ChangeSettings("Inkwell", null, "de", "Europe/Berlin", 10, true, null, null, null, false,
                settings.stored().version()));
        UUID hook = IntegrationRows.webhook(jdbc, URL, "whsec_0123456789abcdef", "post.published");
        UUID failed = IntegrationRows.delivery(jdbc, hook, "post.published", "failed");
        jdbc.update("update webhook_deliveries set duration_ms = 1234, last_attempt_at = '2026-03-02T09:00:00Z' where id = ?", failed);

        mvc.perform(get("/admin/webhooks").with(user(admin)))
                .andExpect(content().string(containsString("Beitrag veröffentlicht (post.published)")))
                .andExpect(content().string(containsString("Webhook anlegen")));
        mvc.perform(get("/admin/webhooks/" + hook).with(user(admin)))
                .andExpect(content().string(containsString("<td>fehlgeschlagen</td>")))
                .andExpect(content().string(containsString("1.234 ms")))
                .andExpect(content().string(containsString("2. März 2026, 10:00")))
                .andExpect(content().string(containsString("Erneut zustellen")));
        mvc.perform(post("/admin/webhooks").with(user(admin)).with(csrf()).param("url", "ftp://hooks.example.invalid/x")
                        .param("events", "POST_PUBLISHED"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "url", "refused.webhook.urlNotHttp"))
                .andExpect(content().string(containsString("Webhooks werden nur an http://- oder https://-Adressen gesendet.")));
        mvc.perform(post("/admin/webhooks").with(user(admin)).with(csrf()).param("url", URL))
                .andExpect(content().string(containsString("Wählen Sie mindestens ein Ereignis")));
    }

    @Test
    void unknownWebhooksAndDeliveriesAreNotFound() throws Exception {
        UUID hook = IntegrationRows.webhook(jdbc, URL, "whsec_0123456789abcdef", "post.published");
        UUID other = IntegrationRows.webhook(jdbc, URL, "whsec_0123456789abcdef", "post.published");
        UUID othersDelivery = IntegrationRows.delivery(jdbc, other, "post.published", "failed");

        mvc.perform(get("/admin/webhooks/" + UUID.randomUUID()).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/webhooks/nope").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/webhooks/" + hook + "/deliveries/" + othersDelivery + "/redeliver").with(user(admin)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/webhooks/" + hook + "/deliveries/nope/redeliver").with(user(admin)).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
