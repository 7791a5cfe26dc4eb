package io.inkwell.web.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

        assertThat(notifications.choices(ada.id())).isEqualTo(new NotificationChoices(true, false, true, true));
    }

    @Test
    void theStaffsKindsAreTurnedOffByTheirOwnLinks() throws Exception {
        SignedInUser eve = TestAccounts.person(jdbc, "Eve", "eve@example.com", Role.EDITOR);
        notifications.choose(eve.actor(), NotificationChoices.all());
        String token = jdbc.queryForObject("select unsubscribe_token from notification_preferences", String.class);

        mvc.perform(get("/unsubscribe/" + token + "/posts-for-review")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Stop mails about posts submitted for review?")));
        mvc.perform(post("/unsubscribe/" + token + "/posts-for-review").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Done")));
        assertThat(notifications.choices(eve.id())).isEqualTo(new NotificationChoices(true, true, false, true));

        mvc.perform(post("/unsubscribe/" + token + "/held-comments").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("comments held for moderation")));
        assertThat(notifications.choices(eve.id())).isEqualTo(new NotificationChoices(true, true, false, false));
        mvc.perform(post("/unsubscribe/" + "x".repeat(43) + "/held-comments")).andExpect(status().isBadRequest());
    }

    @Test
    void theAccountPageChoosesEachKind() throws Exception {
        SignedInUser ada = TestAccounts.person(jdbc, "Ada", "ada@example.com", Role.USER);

        mvc.perform(post("/account/notifications").with(user(ada)).with(csrf()).param("commentsOnPosts", "on"))
                .andExpect(redirectedUrl("/account"));

        assertThat(notifications.choices(ada.id())).isEqualTo(new NotificationChoices(false, true, true, true));
        mvc.perform(get("/account").with(user(ada))).andExpect(content().string(containsString("Replies to my comments")))
                .andExpect(content().string(not(containsString("Posts submitted for review"))))
                .andExpect(content().string(not(containsString("name=\"heldComments\""))));
    }

    @Test
    void anEditorSeesAndSavesTheStaffsChoicesOnTheAccountPage() throws Exception {
        SignedInUser eve = TestAccounts.person(jdbc, "Eve", "eve@example.com", Role.EDITOR);

        mvc.perform(get("/account").with(user(eve))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Posts submitted for review")))
                .andExpect(content().string(containsString("Comments held for moderation")));

        mvc.perform(post("/account/notifications").with(user(eve)).with(csrf()).param("replies", "on")
                        .param("heldComments", "on"))
                .andExpect(redirectedUrl("/account"));

        assertThat(notifications.choices(eve.id())).isEqualTo(new NotificationChoices(true, false, false, true));
    }

    @Test
    void anAuthorSavingTheFormKeepsTheStaffsChoicesAsTheyWere() throws Exception {
        SignedInUser ada = TestAccounts.person(jdbc, "Ada", "ada@example.com", Role.USER);

        mvc.perform(post("/account/notifications").with(user(ada)).with(csrf()).param("replies", "on")
                        .param("commentsOnPosts", "on").param("postsForReview", "").param("heldComments", ""))
                .andExpect(redirectedUrl("/account"));

        assertThat(notifications.choices(ada.id())).isEqualTo(NotificationChoices.all());
    }
}
