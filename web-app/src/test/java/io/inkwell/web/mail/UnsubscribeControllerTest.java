package io.inkwell.web.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.mail.NotificationChoices;
import io.inkwell.mail.Notifications;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class UnsubscribeControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void openingTheLinkAsksAndAMailClientsOneClickPostTurnsTheKindOff() throws Exception {
        SignedInUser ada = TestAccounts.person(jdbc, "Ada", "ada@example.com", Role.USER);
        notifications.choose(ada.actor(), NotificationChoices.all());
        String token = jdbc.queryForObject("select unsubscribe_token from notification_preferences", String.class);

        mvc.perform(get("/unsubscribe/" + token + "/comments-on-posts")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Stop mails about comments on your posts?")));
        assertThat(notifications.choices(ada.id()).commentsOnPosts()).isTrue();

        mvc.perform(post("/unsubscribe/" + token + "/comments-on-posts").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Done")));

        assertThat(notifications.choices(ada.id())).isEqualTo(new NotificationChoices(true, false));
    }

    @Test
    void theAccountPageChoosesEachKind() throws Exception {
        SignedInUser ada = TestAccounts.person(jdbc, "Ada", "ada@example.com", Role.USER);

        mvc.perform(post("/account/notifications").with(user(ada)).with(csrf()).param("commentsOnPosts", "on"))
                .andExpect(redirectedUrl("/account"));

        assertThat(notifications.choices(ada.id())).isEqualTo(new NotificationChoices(false, true));
        mvc.perform(get("/account").with(user(ada))).andExpect(content().string(containsString("Replies to my comments")));
    }
}
