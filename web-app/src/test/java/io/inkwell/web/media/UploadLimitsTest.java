package io.inkwell.web.media;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Uploads per account are limited (INKWELL_LIMIT_UPLOADS, 60 an hour), refused ones counted too, on every instance. */
@WebTest
class UploadLimitsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void uploadsByOneAccountStopAtTheLimit() throws Exception {
        SignedInUser ada = person(jdbc, "Ada", Role.USER);
        MockMultipartFile empty = new MockMultipartFile("image", "a.jpg", "image/jpeg", new byte[0]);
        for (int i = 0; i < 60; i++) {
            mvc.perform(multipart("/admin/media").file(empty).param("altText", "Alt").with(user(ada)).with(csrf()))
                    .andExpect(status().isBadRequest());
        }

        mvc.perform(multipart("/admin/media").file(empty).param("altText", "Alt").with(user(ada)).with(csrf()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Too many tries")));
        mvc.perform(multipart("/account/avatar").file(empty).with(user(ada)).with(csrf()))
                .andExpect(status().isTooManyRequests());
        mvc.perform(multipart("/admin/media").file(empty).param("altText", "Alt").with(user(person(jdbc, "Bob", Role.USER)))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from media_items", Long.class)).isZero();
    }
}
