package io.inkwell.web.comments;

import static io.inkwell.web.comments.CommentWebData.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.inkwell.comments.CommentThreads;
import io.inkwell.db.test.TestDatabase;
import io.inkwell.users.Role;
import io.inkwell.users.SignedInUser;
import io.inkwell.web.support.WebTestData;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Not a test (surefire does not pick up this name): run it on purpose with
 * {@code -Dtest=PostPageMeasurement} to print the statement count and server time of a post page
 * carrying 2,000 comments, as quoted in the issue note.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PostPageMeasurement.Counting.class)
class PostPageMeasurement {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCount statements;

    @Autowired
    CommentThreads threads;

    @AfterEach
    void cleanUp() {
        TestDatabase.get().truncateAll();
    }

    @Test
    void measureAPostPageWithTwoThousandComments() throws Exception {
        SignedInUser ada = person(jdbc, "Ada Lovelace", Role.USER);
        UUID post = WebTestData.publishedPost(jdbc, ada.id(), "Busy", "busy", Instant.parse("2026-01-01T10:00:00Z"));
        List<UUID> voices = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            voices.add(WebTestData.user(jdbc, "Voice " + i, "voice" + i + "@example.com"));
        }
        jdbc.update("""
                insert into comments (post_id, author_id, content)
                select ?, (select id from users order by id offset (n % 50) limit 1), 'Top ' || n from generate_series(1, 200) n""", post);
        jdbc.update("""
                insert into comments (post_id, author_id, parent_id, content)
                select ?, (select id from users order by id offset (n % 50) limit 1), c.id, 'Reply ' || n
                  from (select id, row_number() over (order by path) as r from comments where post_id = ?) c
                  join generate_series(1, 800) n on c.r = 1 + n % 200""", post, post);
        jdbc.update("""
                insert into comments (post_id, author_id, parent_id, content)
                select ?, (select id from users order by id offset (n % 50) limit 1), c.id, 'Deeper ' || n || ' https://example.com/' || n
                  from (select id, row_number() over (order by path) as r
                          from comments where post_id = ? and parent_id is not null) c
                  join generate_series(1, 1000) n on c.r = 1 + n % 800""", post, post);
        jdbc.execute("analyze");

        List<Long> serviceMicros = new ArrayList<>();
        for (int run = 0; run < 21; run++) {
            long start = System.nanoTime();
            threads.threadOf(post);
            serviceMicros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(serviceMicros);
        System.out.printf("MEASURE thread service alone (query, authors, assembly, escaping): median of 21 %.1f ms%n",
                serviceMicros.get(serviceMicros.size() / 2) / 1000.0);
        for (String who : List.of("anonymous", "signed-in")) {
            List<Long> micros = new ArrayList<>();
            int count = 0;
            int length = 0;
            for (int run = 0; run < 21; run++) {
                statements.reset();
                long start = System.nanoTime();
                MvcResult result = who.equals("anonymous")
                        ? mvc.perform(get("/posts/busy")).andReturn()
                        : mvc.perform(get("/posts/busy").with(user(ada))).andReturn();
                micros.add((System.nanoTime() - start) / 1000);
                count = statements.count();
                length = result.getResponse().getContentAsString().length();
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
                assertThat(count).as("statements of the post page").isLessThanOrEqualTo(8);
            }
            List<Long> warm = new ArrayList<>(micros.subList(1, micros.size()));
            Collections.sort(warm);
            System.out.printf("MEASURE post page (%s) with 2000 comments: %d MyBatis statements, %d chars of HTML; "
                    + "first %.1f ms, median of 20 warm %.1f ms (min %.1f, max %.1f)%n", who, count, length,
                    micros.get(0) / 1000.0, warm.get(warm.size() / 2) / 1000.0, warm.get(0) / 1000.0,
                    warm.get(warm.size() - 1) / 1000.0);
        }
    }

    interface StatementCount {
        void reset();

        int count();
    }

    @TestConfiguration
    static class Counting {

        @Bean
        Counter statementCounter() {
            return new Counter();
        }
    }

    /** Counts every statement MyBatis prepares: all of the application's SQL goes through MyBatis. */
    @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
    static class Counter implements Interceptor, StatementCount {

        private final AtomicInteger prepared = new AtomicInteger();

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            prepared.incrementAndGet();
            return invocation.proceed();
        }

        @Override
        public void reset() {
            prepared.set(0);
        }

        @Override
        public int count() {
            return prepared.get();
        }
    }
}
