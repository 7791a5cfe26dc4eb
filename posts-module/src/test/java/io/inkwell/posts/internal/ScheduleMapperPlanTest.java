package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.PostsTestApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The background statements of the workflow read their small partial indexes, never a whole table. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class ScheduleMapperPlanTest {

    @Autowired
    JdbcTemplate jdbc;

    private String plan(String sql) {
        jdbc.execute("set local enable_seqscan = off");
        jdbc.execute("set local enable_bitmapscan = off");
        return String.join("\n", jdbc.queryForList("explain " + sql, String.class));
    }

    @Test
    void theSweepReadsTheScheduledPostsIndex() {
        assertThat(plan("""
                select id from posts where status = 'scheduled' and scheduled_at <= now()
                 order by scheduled_at, id limit 1 for update skip locked""")).contains("posts_scheduled_idx");
    }

    @Test
    void thePruningReadsThePrunableIndex() {
        assertThat(plan("select id from revisions where prunable limit 1000 for update skip locked"))
                .contains("revisions_prunable_idx");
    }

    @Test
    void aPostsRevisionsAreReadAlongTheirUniqueIndex() {
        assertThat(plan("select * from revisions where post_id = '0190b2a4-0000-7000-8000-000000000000' order by number desc limit 1"))
                .contains("revisions_post_number_uk");
        assertThat(List.of(plan("select * from revisions where page_id = '0190b2a4-0000-7000-8000-000000000000' and number = 3")))
                .singleElement().asString().contains("revisions_page_number_uk");
    }
}
