package io.inkwell.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebTest
class AccountControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccounts accounts;

    private SignedInUser ada;

    @BeforeEach
    void ada() {
        ada = TestAccounts.registered(accounts, jdbc, "Ada Lovelace", "ada@example.com", Role.USER);
    }

    @Test
    void anonymousVisitorsAreSentToLogin() throws Exception {
        mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/profile").with(csrf()).param("name", "X")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theAccountPageShowsTheProfileAndLabelledPasswordFields() throws Exception {
        mvc.perform(get("/account").with(user(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Ada Lovelace\"")))
                .andExpect(content().string(containsString("<label for=\"avatarUrl\">")))
                .andExpect(content().string(containsString("<label for=\"currentPassword\">Current password</label>")))
                .andExpect(content().string(containsString("class=\"nav-account\">Ada Lovelace</a>")));
    }

    @Test
    void savingTheProfileChangesNameAndAvatarAndTheNavigationShowsTheNewName() throws Exception {
        var session = mvc.perform(post("/account/profile").with(user(ada)).with(csrf())
                        .param("name", "Augusta Ada King").param("avatarUrl", "https://img.example.com/ada.png"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("message", "Your profile is saved."))
                .andReturn().getRequest().getSession();

        assertThat(accounts.account(ada.id()).orElseThrow().name()).isEqualTo("Augusta Ada King");
        mvc.perform(get("/account").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(content().string(containsString("class=\"nav-account\">Augusta Ada King</a>")));
    }

    @Test
    void aNonHttpAvatarOrEmptyNameIsShownNextToItsField() throws Exception {
        mvc.perform(post("/account/profile").with(user(ada)).with(csrf())
                        .param("name", " ").param("avatarUrl", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("profileForm", "name", "avatarUrl"))
                .andExpect(content().string(containsString("id=\"avatarUrl-error\"")));
        assertThat(accounts.account(ada.id()).orElseThrow().name()).isEqualTo("Ada Lovelace");
    }

    @Test
    void anAvatarTheServiceRefusesIsAFieldErrorToo() throws Exception {
        mvc.perform(post("/account/profile").with(user(ada)).with(csrf()).param("name", "Ada").param("avatarUrl", "http://:80/no-host.png"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("profileForm", "avatarUrl", "refused.account.avatarUrlInvalid"));
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPassword() throws Exception {
        mvc.perform(post("/account/password").with(user(ada)).with(csrf())
                        .param("currentPassword", "not my password").param("newPassword", "a new password"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "refused.account.passwordIncorrect"))
                .andExpect(content().string(not(containsString("not my password"))))
                .andExpect(content().string(not(containsString("a new password\""))));

        mvc.perform(post("/account/password").with(user(ada)).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "short"))
                .andExpect(model().attributeHasFieldErrors("passwordForm", "newPassword"));

        mvc.perform(post("/account/password").with(user(ada)).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "a new password"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("message", "Your password is changed."));
    }

    private MvcResult logIn(boolean remembered) throws Exception {
        return mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD).param("remember-me", remembered ? "on" : ""))
                .andExpect(authenticated())
                .andReturn();
    }

    private static MockHttpSession sessionOf(MvcResult result) {
        return (MockHttpSession) result.getRequest().getSession();
    }

    @Test
    void aPasswordChangeEndsEveryOtherSessionAndRememberedLoginButNotTheSessionThatMadeIt() throws Exception {
        MockHttpSession laptop = sessionOf(logIn(false));
        MockHttpSession phone = sessionOf(logIn(false));
        Cookie tablet = logIn(true).getResponse().getCookie("remember-me");
        mvc.perform(get("/account").session(phone)).andExpect(status().isOk());

        mvc.perform(post("/account/password").session(laptop).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "a new password"))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").session(laptop)).andExpect(status().isOk()).andExpect(authenticated());
        mvc.perform(get("/account").session(phone)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/account").cookie(tablet)).andExpect(redirectedUrl("/login")).andExpect(unauthenticated());
        mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(TestAccounts.logIn("ada@example.com", "a new password")).andExpect(authenticated());
    }

    @Test
    void aRememberedBrowserThatChangesThePasswordStaysRemembered() throws Exception {
        MvcResult login = logIn(true);
        Cookie before = login.getResponse().getCookie("remember-me");

        MvcResult change = mvc.perform(post("/account/password").session(sessionOf(login)).cookie(before).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "a new password"))
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        Cookie after = change.getResponse().getCookie("remember-me");

        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        mvc.perform(get("/account").cookie(after)).andExpect(status().isOk()).andExpect(authenticated());
        mvc.perform(get("/account").cookie(before)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void changesWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/account/profile").with(user(ada)).param("name", "Mallory")).andExpect(status().isForbidden());
        mvc.perform(post("/account/password").with(user(ada)).param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", "hijacked password")).andExpect(status().isForbidden());
        assertThat(accounts.account(ada.id()).orElseThrow().name()).isEqualTo("Ada Lovelace");
    }
}
