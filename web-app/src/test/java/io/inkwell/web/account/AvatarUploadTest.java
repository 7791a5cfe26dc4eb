package io.inkwell.web.account;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.media.test.TestImages;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class AvatarUploadTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private String avatarOf(SignedInUser who) {
        return jdbc.queryForObject("select avatar_url from users where id = ?", String.class, who.id());
    }

    private static MockMultipartFile image(byte[] bytes) {
        return new MockMultipartFile("image", "me.jpg", "image/jpeg", bytes);
    }

    @Test
    void anAuthorUploadsAnAvatarThatTheProfileKeepsAsTheAddressOfItsSmallSize() throws Exception {
        SignedInUser ada = person(jdbc, "Ada", Role.USER);

        mvc.perform(multipart("/account/avatar").file(image(TestImages.jpeg(900, 900))).with(user(ada)).with(csrf()))
                .andExpect(redirectedUrl("/account"));

        assertThat(avatarOf(ada)).matches("https://blog\\.example/media/[0-9a-f]{64}/480/me\\.jpg");
        assertThat(jdbc.queryForObject("select alt_text from media_items", String.class)).isEqualTo("Avatar of Ada");
        mvc.perform(get("/account").with(user(ada)))
                .andExpect(content().string(containsString("Upload an avatar")))
                .andExpect(content().string(containsString(avatarOf(ada))));
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedBesideTheField() throws Exception {
        SignedInUser ada = person(jdbc, "Ada", Role.USER);

        mvc.perform(multipart("/account/avatar").file(image(TestImages.html())).with(user(ada)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("an HTML page")))
                .andExpect(content().string(containsString("id=\"avatar-image-error\"")));
        assertThat(avatarOf(ada)).isNull();
    }

    @Test
    void guestsKeepGivingAnAddress() throws Exception {
        SignedInUser gus = person(jdbc, "Gus", Role.GUEST);

        mvc.perform(get("/account").with(user(gus)))
                .andExpect(content().string(Matchers.not(containsString("Upload an avatar"))));
        mvc.perform(multipart("/account/avatar").file(image(TestImages.jpeg(100, 100))).with(user(gus)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(avatarOf(gus)).isNull();
    }
}
