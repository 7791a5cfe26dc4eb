package io.inkwell.web.authors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.support.WebTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class AuthorControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anyoneSeesAnAuthorsNameAndAvatar() throws Exception {
        UUID ada = UserRows.withEmail(jdbc, "Ada Lovelace", "ada@example.com", Role.USER);
        jdbc.update("update users set avatar_url = 'https://img.example.com/ada.png' where id = ?", ada);

        mvc.perform(get("/authors/{id}", ada))
                .andExpect(status().isOk())
                .andExpect(view().name("authors/profile"))
                .andExpect(content().string(containsString("<h1>Ada Lovelace</h1>")))
                .andExpect(content().string(containsString("src=\"https://img.example.com/ada.png\"")))
                .andExpect(content().string(not(containsString("ada@example.com"))));
    }

    @Test
    void aDeletedAuthorKeepsTheNameButNotTheAvatar() throws Exception {
        UUID gone = UserRows.author(jdbc, "Gone Author");
        jdbc.update("update users set status = 'deleted', avatar_url = 'https://img.example.com/g.png' where id = ?", gone);

        mvc.perform(get("/authors/{id}", gone))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gone Author")))
                .andExpect(content().string(containsString("This account has been deleted.")))
                .andExpect(content().string(not(containsString("img.example.com"))));
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() throws Exception {
        mvc.perform(get("/authors/{id}", UUID.randomUUID()).accept("text/html"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/authors/not-a-uuid").accept("text/html")).andExpect(status().isNotFound());
    }
}
