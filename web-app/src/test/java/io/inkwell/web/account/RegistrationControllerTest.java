package io.inkwell.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class RegistrationControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFormLabelsEveryField() throws Exception {
        mvc.perform(get("/register"))
                .andExpect(status().isOk())
                .andExpect(view().name("auth/register"))
                .andExpect(content().string(containsString("<label for=\"name\">Name</label>")))
                .andExpect(content().string(containsString("<label for=\"email\">Email</label>")))
                .andExpect(content().string(containsString("<label for=\"password\">Password (8 to 128 characters)</label>")))
                .andExpect(content().string(containsString(">Create account</button>")));
    }

    @Test
    void registeringCreatesAnAccountAndSignsIn() throws Exception {
        mvc.perform(post("/register").with(csrf())
                        .param("name", "Ada Lovelace").param("email", "Ada@Example.com").param("password", "correct horse"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(authenticated().withUsername("ada@example.com").withRoles("USER"));

        assertThat(jdbc.queryForObject("select role || ' ' || status || ' ' || (last_login_at is not null) from users where email = 'ada@example.com'",
                String.class)).isEqualTo("user active true");
    }

    @Test
    void badInputRedisplaysTheFormWithMessagesAndValuesButNeverThePassword() throws Exception {
        mvc.perform(post("/register").with(csrf())
                        .param("name", "").param("email", "not-an-email").param("password", "short1"))
                .andExpect(status().isOk())
                .andExpect(view().name("auth/register"))
                .andExpect(model().attributeHasFieldErrors("registrationForm", "name", "email", "password"))
                .andExpect(content().string(containsString("value=\"not-an-email\"")))
                .andExpect(content().string(containsString("Use 8 to 128 characters.")))
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(not(containsString("short1"))))
                .andExpect(unauthenticated());
        assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isZero();
    }

    @Test
    void aTakenEmailIsAFieldErrorNotAServerError() throws Exception {
        mvc.perform(post("/register").with(csrf()).param("name", "Ada").param("email", "ada@example.com").param("password", "password1"));

        mvc.perform(post("/register").with(csrf()).param("name", "Other Ada").param("email", "ADA@example.com").param("password", "password2"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("registrationForm", "email", "refused.account.emailTaken"))
                .andExpect(content().string(containsString("An account with this email already exists.")))
                .andExpect(content().string(containsString("value=\"Other Ada\"")));
    }

    @Test
    void registeringWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/register").param("name", "Ada").param("email", "ada@example.com").param("password", "password1"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isZero();
    }
}
