package io.inkwell.web.trending;

import static io.inkwell.web.posts.PostWebFixtures.person;
import static io.inkwell.web.posts.PostWebFixtures.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.db.test.TestDatabase;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.users.Role;
import io.inkwell.users.SignedInUser;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class TrendingControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @AfterEach
    void cleanUp() {
        TestDatabase.get().truncateAll();
    }

    @Test
    void mostReadPostsComeFirst() throws Exception {
        SignedInUser ada = person(jdbc, "Ada", Role.USER);
        post(commands, ada, "Quiet", true);
        PostRef popular = post(commands, ada, "Popular", true);
        mvc.perform(get("/posts/" + popular.slug()));

        mvc.perform(get("/trending")).andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder(List.of("Popular", "Quiet"))));
    }

    @Test
    void nothingReadYetSaysSo() throws Exception {
        mvc.perform(get("/trending")).andExpect(content().string(containsString("Nothing has been read yet.")));
    }
}
