package io.inkwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.users.ChangeRoleAndStatus;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserAdministration;
import io.inkwell.users.UserStatus;
import io.inkwell.web.support.WebTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import io.inkwell.web.support.CookieJar;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** "Remember me" cookies: what they hold, and when they stop signing anyone in. */
@WebTest
class RememberMeTest {

    private static final String COOKIE = "remember-me";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserAdministration administration;

    private SignedInUser ada;

    @BeforeEach
    void ada() {
        ada = TestAccounts.registered(accounts, jdbc, "Ada Lovelace", "ada@example.com", Role.USER);
    }

    private MvcResult logInRemembered() throws Exception {
        return mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD).param("remember-me", "on")).andReturn();
    }

    private Cookie rememberedCookie() throws Exception {
        return logInRemembered().getResponse().getCookie(COOKIE);
    }

    /** A browser that was closed comes back with only its cookie; returns the session it gets and the new cookie. */
    private MvcResult comeBackWith(Cookie rememberMe) throws Exception {
        return mvc.perform(get("/account").cookie(rememberMe)).andReturn();
    }

    private int rememberedLogins() {
        return jdbc.queryForObject("select count(*) from remember_me_tokens where user_id = ?", Integer.class, ada.id());
    }

    @Test
    void theCookieIsHttpOnlySameSiteLaxForTwoWeeksAndSaysNothingAboutThePerson() throws Exception {
        MvcResult login = mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD).param("remember-me", "on"))
                .andExpect(cookie().httpOnly(COOKIE, true))
                .andExpect(cookie().sameSite(COOKIE, "Lax"))
                .andExpect(cookie().secure(COOKIE, false))
                .andExpect(cookie().maxAge(COOKIE, 14 * 24 * 3600))
                .andReturn();

        String value = login.getResponse().getCookie(COOKIE).getValue();
        String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        assertThat(decoded).doesNotContain("ada").doesNotContain(ada.id().toString()).contains(":");
        assertThat(login.getResponse().getHeader("Set-Cookie")).doesNotContain("ada");
        assertThat(rememberedLogins()).isEqualTo(1);
    }

    @Test
    void overHttpsTheCookieIsSecure() throws Exception {
        mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD).param("remember-me", "on").secure(true))
                .andExpect(cookie().secure(COOKIE, true));
    }

    @Test
    void withoutTheBoxTickedNothingIsRemembered() throws Exception {
        mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD)).andExpect(cookie().doesNotExist(COOKIE));

        assertThat(rememberedLogins()).isZero();
    }

    @Test
    void aRememberedBrowserIsSignedInAndItsCookieReplacedAtEachUse() throws Exception {
        Cookie first = rememberedCookie();
        jdbc.update("update users set last_login_at = null where id = ?", ada.id());

        MvcResult back = comeBackWith(first);

        assertThat(back.getResponse().getStatus()).isEqualTo(200);
        Cookie second = back.getResponse().getCookie(COOKIE);
        assertThat(second.getValue()).isNotEqualTo(first.getValue());
        assertThat(second.getMaxAge()).isEqualTo(14 * 24 * 3600);
        assertThat(jdbc.queryForObject("select last_login_at is not null from users where id = ?", Boolean.class, ada.id())).isTrue();
        mvc.perform(get("/account").cookie(second)).andExpect(status().isOk()).andExpect(authenticated().withUsername("ada@example.com"));
        assertThat(rememberedLogins()).isEqualTo(1);
    }

    @Test
    void aCookieReplayedAfterLogoutDoesNotSignIn() throws Exception {
        MvcResult login = logInRemembered();
        Cookie rememberMe = login.getResponse().getCookie(COOKIE);

        CookieJar browser = new CookieJar();
        browser.keep(login);
        mvc.perform(post("/logout").with(csrf()).with(browser))
                .andExpect(redirectedUrl("/"))
                .andExpect(cookie().maxAge(COOKIE, 0));

        assertThat(rememberedLogins()).isZero();
        mvc.perform(get("/account").cookie(rememberMe)).andExpect(redirectedUrl("/login")).andExpect(unauthenticated());
    }

    @Test
    void aReplacedTokenIsTheftItsReplayIsRefusedAndEndsTheSeriesAndTheSessionsOfTheAccount() throws Exception {
        Cookie copied = rememberedCookie();
        MvcResult owner = comeBackWith(copied);
        Cookie rotated = owner.getResponse().getCookie(COOKIE);
        CookieJar ownersSession = new CookieJar();
        ownersSession.keep(owner);

        mvc.perform(get("/account").cookie(copied))
                .andExpect(redirectedUrl("/login"))
                .andExpect(unauthenticated())
                .andExpect(cookie().maxAge(COOKIE, 0));

        assertThat(rememberedLogins()).isZero();
        mvc.perform(get("/account").cookie(rotated)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").with(ownersSession)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    void aSuspensionEndsARememberedLoginAndTheSessionItOpened() throws Exception {
        SignedInUser admin = TestAccounts.person(jdbc, "Admin", "admin@example.com", Role.ADMIN);
        Cookie rememberMe = rememberedCookie();
        MvcResult back = comeBackWith(rememberMe);
        CookieJar session = new CookieJar();
        session.keep(back);

        administration.changeRoleAndStatus(admin.actor(), new ChangeRoleAndStatus(ada.id(), Role.USER, UserStatus.SUSPENDED));

        mvc.perform(get("/account").with(session)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/account").cookie(back.getResponse().getCookie(COOKIE)))
                .andExpect(redirectedUrl("/login"))
                .andExpect(unauthenticated());
        assertThat(rememberedLogins()).isZero();
    }

    @Test
    void aMalformedCookieIsDroppedAndTheVisitorStaysAnonymous() throws Exception {
        mvc.perform(get("/").cookie(new Cookie(COOKIE, "not base64 at all")))
                .andExpect(status().isOk())
                .andExpect(unauthenticated())
                .andExpect(cookie().maxAge(COOKIE, 0));
        String oneToken = Base64.getEncoder().encodeToString("just-one-part".getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/").cookie(new Cookie(COOKIE, oneToken))).andExpect(unauthenticated());
    }
}
