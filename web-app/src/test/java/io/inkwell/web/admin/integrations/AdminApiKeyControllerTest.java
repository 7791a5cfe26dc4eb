package io.inkwell.web.admin.integrations;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** /admin/api-keys: making a key (shown once), the list with last use, revoking. Who may is RouteAccessMatrixTest's. */
@WebTest
class AdminApiKeyControllerTest {

    private static final Pattern KEY = Pattern.compile("ink_[A-Za-z0-9_-]{43}");

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

    @Test
    void aNewKeyIsShownOnceOnTheAnswerToItsFormAndNeverAgain() throws Exception {
        String page = mvc.perform(post("/admin/api-keys").with(user(admin)).with(csrf())
                        .param("name", "Mobile app").param("allowedOrigins", "https://app.example\nhttp://localhost:3000"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/api-keys/created"))
                .andExpect(content().string(containsString("shown this once")))
                .andReturn().getResponse().getContentAsString();
        Matcher shown = KEY.matcher(page);
        assertThat(shown.find()).isTrue();
        String key = shown.group();

        assertThat(jdbc.queryForObject("select count(*) from api_keys where key_hash = encode(sha256(?::bytea), 'hex')", Integer.class, key))
                .as("stored as its digest").isEqualTo(1);
        mvc.perform(get("/admin/api-keys").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mobile app")))
                .andExpect(content().string(containsString(key.substring(0, 12) + "…")))
                .andExpect(content().string(containsString("https://app.example, http://localhost:3000")))
                .andExpect(content().string(not(containsString(key))));
    }

    @Test
    void theListSaysWhenEachKeyWasLastUsed() throws Exception {
        String key = IntegrationRows.apiKey(jdbc, "Newsletter");
        mvc.perform(get("/admin/api-keys").with(user(admin))).andExpect(content().string(containsString("never")));

        mvc.perform(get("/api/v1/tags").header("Authorization", "Bearer " + key)).andExpect(status().isOk());

        mvc.perform(get("/admin/api-keys").with(user(admin)))
                .andExpect(content().string(not(containsString("<td>never</td>"))));
    }

    @Test
    void aKeyWithoutANameOrWithABadOriginIsRefusedBesideTheFieldAndNothingIsMade() throws Exception {
        mvc.perform(post("/admin/api-keys").with(user(admin)).with(csrf()).param("name", " ").param("allowedOrigins", ""))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "name"))
                .andExpect(content().string(containsString("Give the key a name")));
        mvc.perform(post("/admin/api-keys").with(user(admin)).with(csrf()).param("name", "Site").param("allowedOrigins", "app.example/path"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "allowedOrigins"))
                .andExpect(content().string(containsString("is not an origin")))
                .andExpect(content().string(containsString("app.example/path")));
        mvc.perform(post("/admin/api-keys").with(user(admin)).with(csrf()).param("name", "x".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "name"));

        assertThat(jdbc.queryForObject("select count(*) from api_keys", Integer.class)).isZero();
    }

    @Test
    void revokingAsksFirstThenTheKeyStopsWorking() throws Exception {
        String key = IntegrationRows.apiKey(jdbc, "Old app");
        UUID id = jdbc.queryForObject("select id from api_keys", UUID.class);

        mvc.perform(get("/admin/api-keys/" + id + "/revoke").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Revoke the key “Old app”?")));
        mvc.perform(post("/admin/api-keys/" + id + "/revoke").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/api-keys"))
                .andExpect(flash().attribute("message", "Key \"Old app\" revoked."));

        mvc.perform(get("/api/v1/tags").header("Authorization", "Bearer " + key)).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/api-keys").with(user(admin))).andExpect(content().string(containsString("revoked")));
        mvc.perform(get("/admin/api-keys/" + id + "/revoke").with(user(admin)))
                .andExpect(content().string(containsString("is revoked already")));
    }

    @Test
    void onAGermanSiteTheKeysPagesAndTheirRefusalsAreGerman() throws Exception {
        settings.save(admin.actor(), new ChangeSettings("Inkwell", null, "de", "Europe/Berlin", 10, true, null, null, null, false,
                settings.stored().version()));
        IntegrationRows.apiKey(jdbc, "Newsletter");
        jdbc.update("update api_keys set created_at = '2026-03-02T09:00:00Z'");
        UUID id = jdbc.queryForObject("select id from api_keys", UUID.class);

        mvc.perform(get("/admin/api-keys").with(user(admin)))
                .andExpect(content().string(containsString("<h1>API-Schlüssel</h1>")))
                .andExpect(content().string(containsString("2. März 2026")))
                .andExpect(content().string(containsString("<td>nie</td>")))
                .andExpect(content().string(containsString("Schlüssel anlegen")));
        mvc.perform(post("/admin/api-keys").with(user(admin)).with(csrf()).param("name", "Site").param("allowedOrigins", "app.example/path"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "allowedOrigins", "refused.apiKey.notAnOrigin"))
                .andExpect(content().string(containsString("„app.example/path“ ist kein Ursprung")));
        mvc.perform(post("/admin/api-keys").with(user(admin)).with(csrf()).param("name", " "))
                .andExpect(content().string(containsString("Geben Sie dem Schlüssel einen Namen")));
        mvc.perform(get("/admin/api-keys/" + id + "/revoke").with(user(admin)))
                .andExpect(content().string(containsString("Den Schlüssel „Newsletter“ widerrufen?")));
        mvc.perform(post("/admin/api-keys/" + id + "/revoke").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("message", "Schlüssel „Newsletter“ widerrufen."));
    }

    @Test
    void anUnknownOrMalformedKeyIdIsNotFound() throws Exception {
        mvc.perform(get("/admin/api-keys/" + UUID.randomUUID() + "/revoke").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/api-keys/not-an-id/revoke").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/api-keys/" + UUID.randomUUID() + "/revoke").with(user(admin)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void withoutItsCsrfTokenNoKeyIsMade() throws Exception {
        mvc.perform(post("/admin/api-keys").with(user(admin)).param("name", "Sneaky")).andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select count(*) from api_keys", Integer.class)).isZero();
    }
}
