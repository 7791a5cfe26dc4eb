package io.inkwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.users.Actor;
import io.inkwell.users.ChangeRoleAndStatus;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserAdministration;
import io.inkwell.users.UserStatus;
import io.inkwell.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import io.inkwell.web.support.CookieJar;
import org.springframework.test.web.servlet.MockMvc;

/** An open session of an account that is suspended, deleted or re-roled ends at its next request. */
@WebTest
class SessionAccessFilterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserAdministration administration;

    private void asAdmin(SignedInUser admin, ChangeRoleAndStatus change) {
        administration.changeRoleAndStatus(admin.actor(), change);
    }

    @Test
    void aSuspendedAccountsOpenSessionEndsAtItsNextRequest() throws Exception {
        SignedInUser admin = TestAccounts.person(jdbc, "Admin", "admin@example.com", Role.ADMIN);
        SignedInUser bob = TestAccounts.registered(accounts, jdbc, "Bob", "bob@example.com", Role.USER);
        CookieJar session = new CookieJar();
        session.keep(mvc.perform(TestAccounts.logIn("bob@example.com", TestAccounts.PASSWORD)));
        mvc.perform(get("/account").with(session)).andExpect(status().isOk()).andExpect(content().string(containsString("Your account")));

        asAdmin(admin, new ChangeRoleAndStatus(bob.id(), Role.USER, UserStatus.SUSPENDED));

        mvc.perform(get("/").with(session)).andExpect(redirectedUrl("/login?ended"));
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class)).as("the session is gone").isZero();
    }

    @Test
    void aDemotedAdminLosesTheAdminPagesAtOnce() throws Exception {
        SignedInUser admin = TestAccounts.person(jdbc, "Admin", "admin@example.com", Role.ADMIN);
        SignedInUser other = TestAccounts.person(jdbc, "Other", "other@example.com", Role.ADMIN);
        mvc.perform(get("/admin/users").with(user(other))).andExpect(status().isOk());

        asAdmin(admin, new ChangeRoleAndStatus(other.id(), Role.USER, UserStatus.ACTIVE));

        mvc.perform(get("/admin/users").with(user(other))).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    void aDeletedAccountsSessionEndsToo() throws Exception {
        SignedInUser admin = TestAccounts.person(jdbc, "Admin", "admin@example.com", Role.ADMIN);
        SignedInUser cleo = TestAccounts.person(jdbc, "Cleo", "cleo@example.com", Role.GUEST);
        mvc.perform(get("/account").with(user(cleo))).andExpect(status().isOk());

        administration.softDelete(new Actor(admin.id(), Role.ADMIN), cleo.id());

        mvc.perform(get("/account").with(user(cleo))).andExpect(redirectedUrl("/login?ended"));
    }
}
