package io.inkwell.web.categories;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.CATEGORY_ADMIN;
import static io.inkwell.web.support.WebTestData.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.Categories;
import io.inkwell.posts.PostCommands;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class CategoryControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    Categories categories;

    @Test
    void noCategoriesSaysSo() throws Exception {
        mvc.perform(get("/categories")).andExpect(status().isOk())
                .andExpect(content().string(containsString("No categories yet.")));
    }

    @Test
    void categoriesShowTheirPostCountsAndPublishedPosts() throws Exception {
        SignedInUser ada = person(jdbc, "Ada", Role.USER);
        UUID java = categories.create(CATEGORY_ADMIN, "Java", "The JVM").id();
        categories.create(CATEGORY_ADMIN, "Empty", null);
        post(commands, ada, "In Java", true, java);
        post(commands, ada, "Draft in Java", false, java);

        mvc.perform(get("/categories")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/categories/java\"")))
                .andExpect(content().string(containsString("1 post")));
        mvc.perform(get("/categories/java")).andExpect(status().isOk())
                .andExpect(content().string(containsString("In Java")))
                .andExpect(content().string(not(containsString("Draft in Java"))));
        mvc.perform(get("/categories/empty")).andExpect(content().string(containsString("No posts in this category yet.")));
        mvc.perform(get("/categories/java").param("after", "junk")).andExpect(status().isOk());
    }

    @Test
    void anUnknownCategoryIsA404Page() throws Exception {
        mvc.perform(get("/categories/nope")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }
}
