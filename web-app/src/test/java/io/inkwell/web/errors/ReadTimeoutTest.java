package io.inkwell.web.errors;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.db.test.TestDatabase;
import io.inkwell.web.support.WebTest;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A read the database cannot finish within the read timeout is cancelled by PostgreSQL and answered with
 * the "busy" page. Here the read waits on a lock another connection holds, so it cannot finish in time
 * however fast the machine is; the timeout is the site's default.
 */
@WebTest
class ReadTimeoutTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aReadCancelledByTheStatementTimeoutIsA503BusyPage() throws Exception {
        try (Connection blocker = TestDatabase.get().connect(); Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("lock table posts in access exclusive mode");

            mvc.perform(get("/"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().string(allOf(containsString("Busy right now"), not(containsString("SQL")),
                            not(containsString("Exception")))));

            blocker.rollback();
        }
    }
}
