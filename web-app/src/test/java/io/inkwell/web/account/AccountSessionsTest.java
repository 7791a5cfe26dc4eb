package io.inkwell.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.CookieJar;
import io.inkwell.web.support.WebTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The account's sessions, kept in PostgreSQL, listed and ended from /account/security. */
@WebTest
class AccountSessionsTest {

    private static final Pattern END_FORM = Pattern.compile("/account/security/sessions/([0-9a-f-]{36})/end");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    CookieJar laptop;
    CookieJar phone;

    @BeforeEach
    void givenAdaSignedInOnTwoDevices() throws Exception {
        TestAccounts.registered(accounts, jdbc, "Ada", "ada@example.com", Role.USER);
        laptop = new CookieJar();
        laptop.keep(mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD).with(laptop)
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")));
        phone = new CookieJar();
        phone.keep(mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD).with(phone).with(request -> {
            request.setRemoteAddr("203.0.113.9");
            return request;
        }).header("User-Agent", "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36")));
        mvc.perform(get("/").with(phone).header("User-Agent", "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36")
                .with(request -> {
                    request.setRemoteAddr("203.0.113.9");
                    return request;
                }));
    }

    @Test
    void theListShowsEachDeviceAndSignsOneOut() throws Exception {
        String page = mvc.perform(get("/account/security").with(laptop)
                        .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Firefox on Linux").contains("this browser").contains("Chrome on Android").contains("203.0.113.9");
        Matcher other = END_FORM.matcher(page);
        assertThat(other.find()).isTrue();

        mvc.perform(post(other.group()).with(csrf()).with(laptop)).andExpect(redirectedUrl("/account/security"));

        mvc.perform(get("/account").with(phone)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").with(laptop)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name is not null", Integer.class)).isEqualTo(1);
    }

    @Test
    void signOutEverywhereElseKeepsOnlyThisBrowser() throws Exception {
        laptop.keep(mvc.perform(post("/account/security/sessions/end-others").with(csrf()).with(laptop)))
                .andExpect(redirectedUrl("/account/security"));

        mvc.perform(get("/account").with(phone)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/account").with(laptop)).andExpect(status().isOk());
        mvc.perform(get("/account/security").with(laptop)).andExpect(content().string(containsString("Every other session is signed out.")));
    }

    @Test
    void anotherAccountsSessionCannotBeEnded() throws Exception {
        TestAccounts.registered(accounts, jdbc, "Bob", "bob@example.com", Role.USER);
        CookieJar bob = new CookieJar();
        bob.keep(mvc.perform(TestAccounts.logIn("bob@example.com", TestAccounts.PASSWORD).with(bob)));
        String adasSession = jdbc.queryForObject("select session_id from spring_session s where principal_name = (select id::text from users where email = 'ada@example.com') limit 1", String.class);

        mvc.perform(post("/account/security/sessions/" + adasSession + "/end").with(csrf()).with(bob))
                .andExpect(redirectedUrl("/account/security"));

        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, adasSession)).isEqualTo(1);
    }
}
