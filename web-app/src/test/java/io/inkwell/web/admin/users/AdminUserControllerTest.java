package io.inkwell.web.admin.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.db.Page;
import io.inkwell.users.Role;
import io.inkwell.users.UserListItem;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class AdminUserControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private SignedInUser admin;
    private SignedInUser bob;

    @BeforeEach
    void people() {
        admin = TestAccounts.person(jdbc, "Admin", "admin@example.com", Role.ADMIN);
        bob = TestAccounts.person(jdbc, "Bob Builder", "bob@builders.example", Role.USER);
    }

    private String accessOf(UUID id) {
        return jdbc.queryForObject("select role || '/' || status from users where id = ?", String.class, id);
    }

    @Test
    void onlyAdminsGetIn() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users").with(user(bob))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/access", admin.id()).with(user(bob)).with(csrf())
                .param("role", "USER").param("status", "ACTIVE")).andExpect(status().isForbidden());
        assertThat(accessOf(admin.id())).isEqualTo("admin/active");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTableListsEveryoneNewestFirst() throws Exception {
        var result = mvc.perform(get("/admin/users").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users/list"))
                .andExpect(content().string(containsString("bob@builders.example")))
                .andExpect(content().string(containsString("<label for=\"q\">Name or email contains</label>")))
                .andReturn();

        Page<UserListItem> users = (Page<UserListItem>) result.getModelAndView().getModel().get("users");
        assertThat(users.items()).extracting(UserListItem::name).containsExactly("Bob Builder", "Admin");
        assertThat(users.totalItems()).isEqualTo(2);
    }

    @Test
    void searchByPartOfTheEmailAndFilterByRoleAndStatus() throws Exception {
        mvc.perform(get("/admin/users").with(user(admin)).param("q", "BUILDERS"))
                .andExpect(content().string(containsString("bob@builders.example")))
                .andExpect(content().string(not(containsString("admin@example.com</td>"))));
        mvc.perform(get("/admin/users").with(user(admin)).param("role", "ADMIN"))
                .andExpect(content().string(not(containsString("bob@builders.example"))));
        mvc.perform(get("/admin/users").with(user(admin)).param("status", "SUSPENDED"))
                .andExpect(content().string(containsString("No accounts match.")));
    }

    @Test
    void nonsenseFiltersAndPagesStillList() throws Exception {
        mvc.perform(get("/admin/users").with(user(admin)).param("role", "emperor").param("status", "x").param("page", "-4")
                        .param("q", "%".repeat(300)))
                .andExpect(status().isOk());
    }

    @Test
    void aChangeIsConfirmedBeforeItIsMade() throws Exception {
        mvc.perform(get("/admin/users/{id}/access", bob.id()).with(user(admin)).param("role", "USER").param("status", "SUSPENDED"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users/confirm"))
                .andExpect(content().string(containsString(">Confirm change</button>")));
        assertThat(accessOf(bob.id())).isEqualTo("user/active");

        mvc.perform(post("/admin/users/{id}/access", bob.id()).with(user(admin)).with(csrf())
                        .param("role", "USER").param("status", "SUSPENDED"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("message", "The account is now user, suspended."));
        assertThat(accessOf(bob.id())).isEqualTo("user/suspended");
    }

    @Test
    void anAdminCannotRemoveThemselvesAndIsToldWhy() throws Exception {
        mvc.perform(post("/admin/users/{id}/access", admin.id()).with(user(admin)).with(csrf())
                        .param("role", "USER").param("status", "ACTIVE"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("problem", "You cannot change your own role or status."));
        assertThat(accessOf(admin.id())).isEqualTo("admin/active");
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/users/{id}/access", bob.id()).with(user(admin)).param("role", "ADMIN").param("status", "ACTIVE"))
                .andExpect(status().isForbidden());
        assertThat(accessOf(bob.id())).isEqualTo("user/active");
    }

    @Test
    void unknownAccountsAreNotFoundAndBadValuesAreBadRequests() throws Exception {
        mvc.perform(get("/admin/users/{id}/access", UUID.randomUUID()).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/nonsense/access").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/access", UUID.randomUUID()).with(user(admin)).with(csrf())
                .param("role", "USER").param("status", "ACTIVE")).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/access", bob.id()).with(user(admin)).with(csrf())
                .param("role", "EMPEROR").param("status", "ACTIVE")).andExpect(status().isBadRequest());
    }

    @Test
    void theConfirmationOfNoChangeSaysSo() throws Exception {
        mvc.perform(get("/admin/users/{id}/access", bob.id()).with(user(admin)))
                .andExpect(content().string(containsString("nothing would change")));
    }
}
