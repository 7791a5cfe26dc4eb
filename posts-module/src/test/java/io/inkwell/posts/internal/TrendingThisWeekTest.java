package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostRowValues.draft;
import static io.inkwell.posts.internal.PostRowValues.published;
import static io.inkwell.posts.test.PostRows.category;
import static io.inkwell.posts.test.PostRows.link;
import static io.inkwell.posts.test.PostRows.weekViews;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.CategoryRef;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.TrendingPost;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** "Trending this week" from the statement to the API, on totals written by the flush's own code. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class TrendingThisWeekTest {

    @Autowired
    PostReading queries;

    @Autowired
    ViewStats stats;

    @Autowired
    PostMapper posts;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;

    @BeforeEach
    void givenAnAuthor() {
        jdbc.update("delete from posts");
        jdbc.update("delete from categories");
        ada = author(jdbc, "Ada");
    }

    private PostRow post(String title, long viewsToday) {
        PostRow row = published(ada, title, title.toLowerCase(), Instant.parse("2100-01-01T00:00:00Z"));
        posts.insert(row);
        if (viewsToday > 0) {
            stats.add(List.of(new ViewCount(row.id(), viewsToday)), LocalDate.parse("2100-03-01"));
        }
        return row;
    }

    @Test
    void theWeeksMostViewedPostsComeWithTheirCategoriesAndViews() {
        UUID java = category(jdbc, "Java", "java");
        PostRow popular = post("Popular", 12);
        link(jdbc, popular.id(), java);
        post("Quiet", 2);
        post("Unread", 0);

        List<TrendingPost> trending = queries.trendingThisWeek(10);

        assertThat(trending).extracting(t -> t.post().title()).containsExactly("Popular", "Quiet");
        assertThat(trending).extracting(TrendingPost::viewsThisWeek).containsExactly(12L, 2L);
        assertThat(trending.get(0).post().categories()).extracting(CategoryRef::slug).containsExactly("java");
        assertThat(trending.get(0).post().viewCount()).as("the all-time count, written by the same flush").isEqualTo(12);
        assertThat(trending.get(1).post().categories()).isEmpty();
    }

    @Test
    void theStatementReadsTheWeekTotalsMostViewedFirstAndOnlyPublishedPosts() {
        PostRow quiet = post("Quiet", 1);
        post("Popular", 50);
        PostRow tiedA = post("Tied-A", 7);
        PostRow tiedB = post("Tied-B", 7);
        PostRow archived = post("Archived", 100);
        posts.updateStatus(archived.id(), PostStatus.ARCHIVED, archived.publishedAt());
        PostRow hidden = draft(ada, "Hidden", "hidden");
        posts.insert(hidden);
        weekViews(jdbc, hidden.id(), 100);
        post("Unread", 0);

        List<TrendingRow> top = posts.selectTrendingThisWeek(10);

        // Ties go by post id, the index's second column.
        List<String> tied = tiedA.id().toString().compareTo(tiedB.id().toString()) < 0
                ? List.of("Tied-A", "Tied-B") : List.of("Tied-B", "Tied-A");
        assertThat(top).extracting(row -> row.summary().title()).containsExactly("Popular", tied.get(0), tied.get(1), "Quiet");
        assertThat(top).extracting(TrendingRow::viewsThisWeek).containsExactly(50L, 7L, 7L, 1L);
        assertThat(top).extracting(TrendingRow::postId).contains(quiet.id());
        assertThat(top.get(0).summary().slug()).isEqualTo("popular");
        assertThat(top.get(0).summary().status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(top.get(0).summary().readingMinutes()).isEqualTo(1);
        assertThat(posts.selectTrendingThisWeek(2)).hasSize(2);
    }

    @Test
    void theLimitIsKeptWithinOneAndAHundred() {
        for (int i = 0; i < 3; i++) {
            post("Post" + i, i + 1);
        }

        assertThat(queries.trendingThisWeek(1)).hasSize(1);
        assertThat(queries.trendingThisWeek(0)).hasSize(1);
        assertThat(queries.trendingThisWeek(1_000)).hasSize(3);
    }
}
