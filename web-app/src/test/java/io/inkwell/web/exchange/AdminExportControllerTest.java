package io.inkwell.web.exchange;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest(properties = "inkwell.rate-limits.exports.per-account=2/1h")
class AdminExportControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser admin;

    @BeforeEach
    void anAdminWithAPost() {
        admin = person(jdbc, "Root", Role.ADMIN);
        WebTestData.publishedPost(jdbc, admin.id(), "Hello export", "hello-export", Instant.now());
    }

    @Test
    void theExportPageHasTheDownloadButton() throws Exception {
        mvc.perform(get("/admin/export").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Download export")));
    }

    @Test
    void downloadingGivesOneZipWithTheSitesFiles() throws Exception {
        byte[] zip = mvc.perform(post("/admin/export").with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"inkwell-export-")))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactly("posts/hello-export.md", "wordpress.xml");
    }

    @Test
    void exportsPastTheLimitAreRefusedWithTooManyRequests() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/admin/export").with(user(admin)).with(csrf())).andExpect(status().isOk());
        }

        mvc.perform(post("/admin/export").with(user(admin)).with(csrf()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void authorsMayNotExport() throws Exception {
        SignedInUser author = person(jdbc, "Ada", Role.USER);

        mvc.perform(post("/admin/export").with(user(author)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/export").with(user(author))).andExpect(status().isForbidden());
    }

    @Test
    void anExportWithoutTheFormTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/export").with(user(admin))).andExpect(status().isForbidden());
    }
}
