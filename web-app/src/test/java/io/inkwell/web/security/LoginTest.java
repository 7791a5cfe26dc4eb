package io.inkwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.support.WebTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import io.inkwell.web.support.CookieJar;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccounts accounts;

    private SignedInUser ada() {
        return TestAccounts.registered(accounts, jdbc, "Ada Lovelace", "ada@example.com", Role.USER);
    }

    private MvcResult logIn(String email, String password) throws Exception {
        return mvc.perform(TestAccounts.logIn(email, password)).andReturn();
    }

    @Test
    void accountsComeFromTheUsersContextAndBootsGeneratedUserIsGone(
            @Autowired org.springframework.context.ApplicationContext context) {
        assertThat(context.getBeansOfType(org.springframework.security.core.userdetails.UserDetailsService.class)).isEmpty();
        assertThat(context.getBeansOfType(org.springframework.security.authentication.AuthenticationProvider.class).values())
                .singleElement().isInstanceOf(AccountAuthenticationProvider.class);
    }

    @Test
    void theLoginPageLabelsItsFields() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"email\">Email</label>")))
                .andExpect(content().string(containsString("<label for=\"password\">Password</label>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString(">Log in</button>")));
    }

    @Test
    void theRightPasswordLogsInWithANewSessionAndStampsTheLastLogin() throws Exception {
        SignedInUser ada = ada();
        CookieJar browser = new CookieJar();
        browser.keep(mvc.perform(get("/login").with(request -> {
            request.getSession(true).setAttribute("visited", true);
            return request;
        })));
        String idBefore = jdbc.queryForObject("select session_id from spring_session", String.class);

        browser.keep(mvc.perform(TestAccounts.logIn("ADA@example.com", TestAccounts.PASSWORD).with(browser))
                .andExpect(authenticated().withUsername("ada@example.com"))
                .andExpect(redirectedUrl("/")));

        assertThat(jdbc.queryForList("select session_id from spring_session", String.class)).hasSize(1).doesNotContain(idBefore);
        assertThat(jdbc.queryForObject("select last_login_at is not null from users where id = ?", Boolean.class, ada.id())).isTrue();
    }

    @Test
    void aWrongPasswordKeepsTheEmailAndGivesTheGenericMessage() throws Exception {
        ada();

        CookieJar browser = new CookieJar();
        browser.keep(mvc.perform(TestAccounts.logIn("ada@example.com", "wrong password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error")));

        mvc.perform(get("/login").param("error", "").with(browser))
                .andExpect(content().string(containsString("Wrong email or password")))
                .andExpect(content().string(containsString("value=\"ada@example.com\"")))
                .andExpect(content().string(not(containsString("wrong password"))));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithTheSameMessageAndASuccessResetsTheCount() throws Exception {
        ada();
        for (int i = 0; i < 4; i++) {
            logIn("ada@example.com", "wrong password");
        }
        assertThat(logIn("ada@example.com", TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(jdbc.queryForObject("select count(*) from login_attempts", Integer.class)).isZero();

        for (int i = 0; i < 5; i++) {
            logIn("ada@example.com", "wrong password");
        }

        mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select failed_count from login_attempts", Integer.class)).isEqualTo(5);
    }

    @Test
    void theLockLiftsAfterItsTime() throws Exception {
        ada();
        for (int i = 0; i < 5; i++) {
            logIn("ada@example.com", "wrong password");
        }
        jdbc.update("update login_attempts set locked_until = now() - interval '1 second'");

        mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void suspendedAndDeletedAccountsCannotLogIn() throws Exception {
        SignedInUser ada = ada();
        for (String status : new String[] {"suspended", "deleted"}) {
            jdbc.update("update users set status = ? where id = ?", status, ada.id());

            mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
    }

    @Test
    void anUnknownEmailGetsTheSameAnswer() throws Exception {
        mvc.perform(TestAccounts.logIn("nobody@example.com", "whatever1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void loginAndLogoutWithoutTheCsrfTokenAreRefused() throws Exception {
        ada();

        mvc.perform(post("/login").param("email", "ada@example.com").param("password", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        ada();
        CookieJar browser = new CookieJar();
        browser.keep(logIn("ada@example.com", TestAccounts.PASSWORD));
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isEqualTo(1);

        mvc.perform(post("/logout").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).with(browser)).andExpect(redirectedUrl("/")).andExpect(unauthenticated());
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isZero();
    }

    @Test
    void rememberMeSetsALongLivedCookieThatLogsInAgain() throws Exception {
        ada();

        MvcResult result = mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD).param("remember-me", "on"))
                .andExpect(cookie().maxAge("remember-me", SecurityConfiguration.REMEMBER_ME_SECONDS))
                .andReturn();
        Cookie rememberMe = result.getResponse().getCookie("remember-me");

        mvc.perform(get("/account").cookie(rememberMe)).andExpect(status().isOk()).andExpect(authenticated());
    }

    @Test
    void aSignedInVisitorOfTheLoginPageGoesHome() throws Exception {
        SignedInUser ada = ada();

        mvc.perform(get("/login").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(ada)))
                .andExpect(redirectedUrl("/"));
    }
}
