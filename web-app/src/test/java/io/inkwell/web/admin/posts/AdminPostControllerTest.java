package io.inkwell.web.admin.posts;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.CATEGORY_ADMIN;
import static io.inkwell.web.support.WebTestData.post;
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

import io.inkwell.posts.Categories;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class AdminPostControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    Categories categories;

    @Test
    void adminsSeeEveryPostAndFilter() throws Exception {
        SignedInUser admin = person(jdbc, "Root", Role.ADMIN);
        SignedInUser ada = person(jdbc, "Ada", Role.USER);
        SignedInUser bob = person(jdbc, "Bob", Role.USER);
        UUID java = categories.create(CATEGORY_ADMIN, "Java", null).id();
        post(commands, ada, "Ada draft", false);
        post(commands, ada, "Ada java", true, java);
        post(commands, bob, "Bob live", true);

        mvc.perform(get("/admin/posts").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ada draft")))
                .andExpect(content().string(containsString("Bob live")))
                .andExpect(content().string(containsString("3 posts")));
        mvc.perform(get("/admin/posts").with(user(admin)).param("status", "published").param("category", java.toString())
                        .param("author", ada.id().toString()).param("q", "java"))
                .andExpect(content().string(containsString("Ada java")))
                .andExpect(content().string(not(containsString("Bob live"))))
                .andExpect(content().string(not(containsString("Ada draft"))));
        mvc.perform(get("/admin/posts").with(user(admin)).param("status", "nonsense").param("author", "x")
                        .param("page", "99999").param("q", "%_\\"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No posts match.")));
        mvc.perform(get("/admin/posts").with(user(ada))).andExpect(status().isForbidden());
    }

    @Test
    void adminsChangeAnyPostsStatus() throws Exception {
        SignedInUser admin = person(jdbc, "Root", Role.ADMIN);
        PostRef ref = post(commands, person(jdbc, "Ada", Role.USER), "Target", true);
        String url = "/admin/posts/" + ref.id() + "/status";

        mvc.perform(post(url).with(user(admin)).with(csrf()).param("status", "archived")).andExpect(redirectedUrl("/admin/posts"));
        assertThat(jdbc.queryForObject("select status from posts", String.class)).isEqualTo("archived");
        mvc.perform(post(url).with(user(admin)).with(csrf()).param("status", "draft")).andExpect(redirectedUrl("/admin/posts"));
        mvc.perform(post(url).with(user(admin)).with(csrf()).param("status", "published")).andExpect(redirectedUrl("/admin/posts"));
        mvc.perform(post(url).with(user(admin)).with(csrf()).param("status", "bogus")).andExpect(redirectedUrl("/admin/posts"));
        assertThat(jdbc.queryForObject("select status from posts", String.class)).isEqualTo("published");
        mvc.perform(post(url).with(user(admin)).param("status", "draft")).andExpect(status().isForbidden());
    }
}
