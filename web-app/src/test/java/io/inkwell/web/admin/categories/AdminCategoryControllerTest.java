package io.inkwell.web.admin.categories;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.CATEGORY_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.Categories;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class AdminCategoryControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Categories categories;

    SignedInUser admin;

    @BeforeEach
    void givenAnAdmin() {
        admin = person(jdbc, "Root", Role.ADMIN);
    }

    @Test
    void onlyAdminsManageCategories() throws Exception {
        mvc.perform(get("/admin/categories")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/categories").with(user(person(jdbc, "Ada", Role.USER)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/categories").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No categories yet.")))
                .andExpect(content().string(containsString("<label for=\"name\">Name</label>")));
        mvc.perform(post("/admin/categories").with(user(admin)).param("name", "No token")).andExpect(status().isForbidden());
    }

    @Test
    void createRenameAndDeleteWithConfirmation() throws Exception {
        mvc.perform(post("/admin/categories").with(user(admin)).with(csrf()).param("name", "Java").param("description", "JVM"))
                .andExpect(redirectedUrl("/admin/categories"))
                .andExpect(flash().attribute("message", "Category \"Java\" created."));
        UUID id = categories.bySlug("java").orElseThrow().id();

        mvc.perform(get("/admin/categories/" + id + "/edit").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Java\"")));
        mvc.perform(post("/admin/categories/" + id + "/edit").with(user(admin)).with(csrf()).param("name", "Kotlin").param("description", ""))
                .andExpect(redirectedUrl("/admin/categories"));
        assertThat(categories.byId(id).orElseThrow().slug()).isEqualTo("kotlin");

        mvc.perform(get("/admin/categories/" + id + "/delete").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Delete category")));
        mvc.perform(post("/admin/categories/" + id + "/delete").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/categories"));
        assertThat(categories.all()).isEmpty();
        mvc.perform(get("/admin/categories/" + id + "/edit").with(user(admin))).andExpect(status().isNotFound());
    }

    @Test
    void duplicateAndBlankNamesAreFieldErrors() throws Exception {
        categories.create(CATEGORY_ADMIN, "Java", null);
        UUID go = categories.create(CATEGORY_ADMIN, "Go", null).id();

        mvc.perform(post("/admin/categories").with(user(admin)).with(csrf()).param("name", "JAVA"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "name"))
                .andExpect(content().string(containsString("already exists")));
        mvc.perform(post("/admin/categories").with(user(admin)).with(csrf()).param("name", " "))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("form", "name"));
        mvc.perform(post("/admin/categories/" + go + "/edit").with(user(admin)).with(csrf()).param("name", "java"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("value=\"java\"")));
        mvc.perform(post("/admin/categories/" + go + "/edit").with(user(admin)).with(csrf()).param("name", "x".repeat(101)))
                .andExpect(status().isBadRequest());
    }
}
