package io.inkwell.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.CookieJar;
import io.inkwell.web.support.WebTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Two-factor sign-in from its set-up on the security page to the code asked after the password. */
@WebTest
class TwoFactorFlowTest {

    private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4})</code>");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SiteSettings site;

    @Autowired
    JdbcTemplate jdbc;

    CookieJar browser;

    @BeforeEach
    void givenGraceSignedIn() throws Exception {
        TestAccounts.registered(accounts, jdbc, "Grace", "grace@example.com", Role.ADMIN);
        browser = signedIn();
    }

    private CookieJar signedIn() throws Exception {
        CookieJar jar = new CookieJar();
        jar.keep(mvc.perform(TestAccounts.logIn("grace@example.com", TestAccounts.PASSWORD).with(jar)));
        return jar;
    }

    private List<String> turnedOn() throws Exception {
        mvc.perform(post("/account/security/two-factor").with(csrf()).with(browser)).andExpect(redirectedUrl("/account/security"));
        String page = mvc.perform(get("/account/security").with(browser)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg").contains("QR code of the set-up key");
        String secret = jdbc.queryForObject("select secret from two_factor_credentials", String.class);
        assertThat(page).contains(secret);
        String shown = browser.keep(mvc.perform(post("/account/security/two-factor/confirm").with(csrf()).with(browser)
                        .param("code", TotpCodes.now(secret))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Two-factor sign-in is on.")))
                .andReturn().getResponse().getContentAsString();
        Matcher codes = RECOVERY_CODE.matcher(shown);
        List<String> recovery = codes.results().map(code -> code.group(1)).toList();
        assertThat(recovery).hasSize(10);
        return recovery;
    }

    @Test
    void afterThePasswordAnAppCodeOrARecoveryCodeSignsIn() throws Exception {
        List<String> recovery = turnedOn();
        String secret = jdbc.queryForObject("select secret from two_factor_credentials", String.class);

        CookieJar other = new CookieJar();
        other.keep(mvc.perform(TestAccounts.logIn("grace@example.com", TestAccounts.PASSWORD).with(other)))
                .andExpect(redirectedUrl("/login/code"));
        mvc.perform(get("/account").with(other)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login/code").with(other)).andExpect(status().isOk()).andExpect(content().string(containsString("Code")));
        other.keep(mvc.perform(post("/login/code").with(csrf()).with(other).param("code", "000000")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("This code is not right.")));
        assertThat(jdbc.queryForObject("select failed_count from login_attempts", Integer.class)).as("a wrong code is a failed login")
                .isEqualTo(1);
        // Back to the page that asked for the sign-in.
        other.keep(mvc.perform(post("/login/code").with(csrf()).with(other).param("code", TotpCodes.next(secret))))
                .andExpect(redirectedUrl("http://localhost/account?continue"));
        mvc.perform(get("/account").with(other)).andExpect(status().isOk());

        CookieJar third = new CookieJar();
        third.keep(mvc.perform(TestAccounts.logIn("grace@example.com", TestAccounts.PASSWORD).with(third)));
        third.keep(mvc.perform(post("/login/code").with(csrf()).with(third).param("code", recovery.get(0))));
        mvc.perform(get("/account/security").with(third)).andExpect(content().string(containsString("9 recovery codes left.")));
    }

    @Test
    void turningItOffNeedsThePasswordAndACode() throws Exception {
        List<String> recovery = turnedOn();

        mvc.perform(post("/account/security/two-factor/disable").with(csrf()).with(browser).param("password", "wrong").param("code", recovery.get(0)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("This is not your password.")));
        mvc.perform(post("/account/security/two-factor/disable").with(csrf()).with(browser).param("password", TestAccounts.PASSWORD)
                .param("code", recovery.get(1))).andExpect(redirectedUrl("/account/security"));

        mvc.perform(TestAccounts.logIn("grace@example.com", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void whenTheSiteRequiresItAnAdminWithoutItCanOnlySetItUp() throws Exception {
        SettingsRows.stored(jdbc, "Inkwell");
        jdbc.update("update site_settings set two_factor_required = true");
        site.reload();

        mvc.perform(get("/admin").with(browser)).andExpect(redirectedUrl("/account/security?required"));
        mvc.perform(get("/account/security").with(browser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("requires two-factor sign-in")));
        turnedOn();

        mvc.perform(get("/admin").with(browser)).andExpect(status().isOk());
    }

    @Test
    void aCodeWithoutAPasswordFirstGoesBackToTheLogin() throws Exception {
        mvc.perform(get("/login/code")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login/code").with(csrf()).param("code", "123456")).andExpect(redirectedUrl("/login?expired"));
    }
}
