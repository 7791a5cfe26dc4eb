package io.inkwell.comments.internal;

import static io.inkwell.comments.internal.CommentFixtures.author;
import static io.inkwell.comments.internal.CommentFixtures.publishedPost;
import static io.inkwell.comments.internal.CommentFixtures.slug;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.CommentThreads;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.StatementCounter;
import io.inkwell.db.test.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test (surefire does not pick up this name): run it on purpose with
 * {@code -Dtest=ThreadQueryMeasurement} to print the plans and timings quoted in the issue note.
 */
@SpringBootTest(classes = CommentsTestApplication.class)
class ThreadQueryMeasurement {

    @Autowired
    CommentThreads threads;

    @Autowired
    StatementCounter statements;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        TestDatabase.get().truncateAll();
    }

    @Test
    void measureAThreadOfTwoThousandComments() {
        UUID bob = author(jdbc, "Bob");
        UUID post = publishedPost(jdbc, bob, slug());
        CommentMapperTest.insertBigThread(jdbc, post, bob);
        // Neighbours, so the index has to pick one post's range out of many.
        for (int i = 0; i < 40; i++) {
            CommentMapperTest.insertBigThread(jdbc, publishedPost(jdbc, bob, slug()), bob);
        }
        jdbc.execute("analyze comments");
        String path = jdbc.queryForObject("select path from comments where post_id = ? and char_length(path) = 14 order by path limit 1",
                String.class, post);

        plan("thread page", "explain (analyze, buffers) select id, post_id, author_id, parent_id, path, content, is_edited,"
                + " deleted_at, created_at, updated_at from comments where post_id = '" + post + "' and path > '" + path
                + "' order by path limit 101");
        plan("subtree (range)", "explain (analyze, buffers) select id from comments where post_id = '" + post
                + "' and path >= '" + path + "' and path < '" + path + "' || '~' and path like '" + path + "' || '%' order by path");
        plan("subtree (like only)", "explain (analyze, buffers) select id from comments where post_id = '" + post
                + "' and path like '" + path + "%' order by path");
        plan("counts", "explain (analyze, buffers) select post_id, comments from post_comment_counts where comments > 0"
                + " and post_id in ('" + post + "')");

        List<Long> micros = new ArrayList<>();
        for (int run = 0; run < 31; run++) {
            statements.reset();
            long start = System.nanoTime();
            int size = threads.threadOf(post).size();
            micros.add((System.nanoTime() - start) / 1000);
            assertThat(size).as("a page is bounded whatever the thread").isEqualTo(CommentThreads.PAGE_SIZE);
            if (run == 0) {
                System.out.println("MEASURE threadOf (first page): " + size + " comments, " + statements.count() + " statements");
            }
        }
        List<Long> warm = new ArrayList<>(micros.subList(1, micros.size()));
        Collections.sort(warm);
        System.out.println("MEASURE threadOf first call " + micros.get(0) / 1000.0 + " ms; median of 30 warm calls "
                + warm.get(warm.size() / 2) / 1000.0 + " ms; min " + warm.get(0) / 1000.0 + " ms; max "
                + warm.get(warm.size() - 1) / 1000.0 + " ms");
    }

    @Autowired
    CommentMapper comments;

    @Test
    void measureTheParts() {
        UUID bob = author(jdbc, "Bob");
        UUID post = publishedPost(jdbc, bob, slug());
        CommentMapperTest.insertBigThread(jdbc, post, bob);
        jdbc.execute("analyze comments");
        for (int round = 0; round < 3; round++) {
            long a = System.nanoTime();
            List<CommentRow> rows = comments.selectThreadPage(post, null, 2001);
            long b = System.nanoTime();
            assertThat(rows).hasSize(2000);
            jdbc.queryForList("select id, post_id, author_id, parent_id, path, content, is_edited, deleted_at, created_at, updated_at"
                    + " from comments where post_id = ? order by path limit 2001", post);
            long c = System.nanoTime();
            rows.forEach(row -> CommentText.toHtml(row.content()));
            long d = System.nanoTime();
            ThreadAssembler.assemble(post, rows, 2000, 0, java.util.Map.of());
            long e = System.nanoTime();
            System.out.printf("MEASURE parts: mybatis %.1f ms, plain jdbc %.1f ms, toHtml %.1f ms, assemble %.1f ms%n",
                    (b - a) / 1e6, (c - b) / 1e6, (d - c) / 1e6, (e - d) / 1e6);
        }
    }

    /** Prints the plan; every statement measured here must read an index, never the whole table. */
    private void plan(String name, String sql) {
        System.out.println("MEASURE plan " + name + ":");
        List<String> lines = jdbc.queryForList(sql, String.class);
        lines.forEach(line -> System.out.println("MEASURE   " + line));
        assertThat(String.join("\n", lines)).as(name).contains("Index").doesNotContain("Seq Scan on comments");
    }
}
