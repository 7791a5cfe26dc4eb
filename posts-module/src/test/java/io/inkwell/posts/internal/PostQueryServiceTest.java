package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostFixtures.author;
import static io.inkwell.posts.internal.PostFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.posts.PostQueries;
import io.inkwell.posts.PostSummary;
import io.inkwell.posts.PostsTestApplication;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PostQueryServiceTest {

    @Autowired
    PostQueries queries;

    @Autowired
    PostMapper posts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void latestPublishedPagesWithoutCounting() {
        jdbc.update("delete from posts");
        UUID ada = author(jdbc, "Ada");
        for (int day = 1; day <= 3; day++) {
            posts.insert(published(ada, "Day " + day, "day-" + day, Instant.parse("2026-01-0" + day + "T00:00:00Z")));
        }

        Page<PostSummary> first = queries.latestPublished(new PageRequest(1, 2));
        Page<PostSummary> second = queries.latestPublished(new PageRequest(2, 2));

        assertThat(first.items()).extracting(PostSummary::title).containsExactly("Day 3", "Day 2");
        assertThat(first.hasNext()).isTrue();
        assertThat(first.isCounted()).isFalse();
        assertThat(second.items()).extracting(PostSummary::title).containsExactly("Day 1");
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void onlyPublishedPostsCountAsPublished() {
        UUID ada = author(jdbc, "Ada");
        PostRow live = published(ada, "Live", "live-" + UUID.randomUUID(), Instant.now());
        PostRow draft = PostFixtures.draft(ada, "Draft", "draft-" + UUID.randomUUID());
        posts.insert(live);
        posts.insert(draft);

        assertThat(queries.isPublished(live.id())).isTrue();
        assertThat(queries.isPublished(draft.id())).isFalse();
        assertThat(queries.isPublished(UUID.randomUUID())).isFalse();
    }
}
