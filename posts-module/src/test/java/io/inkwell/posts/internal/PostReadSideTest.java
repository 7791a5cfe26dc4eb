package io.inkwell.posts.internal;

import static io.inkwell.posts.test.PostRows.category;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.posts.AdminPostFilter;
import io.inkwell.posts.CategoryRef;
import io.inkwell.posts.Listing;
import io.inkwell.posts.PostAdministration;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostCursor;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostSummary;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.SearchResults;
import io.inkwell.posts.WeeklyCount;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PostReadSideTest {

    @Autowired
    PostReading queries;

    @Autowired
    PostAuthoring authoring;

    @Autowired
    PostAdministration administration;

    @Autowired
    PostCommands commands;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;

    @BeforeEach
    void clean() {
        jdbc.update("delete from posts");
        jdbc.update("delete from categories");
        ada = author(jdbc, "Ada");
    }

    @Test
    void keysetListingsHandTheNextCursorAndCarryCategories() {
        UUID java = category(jdbc, "Java", "java");
        Actor actor = new Actor(ada, Role.USER);
        for (int i = 1; i <= 3; i++) {
            commands.create(actor, new PostDraft("Post " + i, null, "x", null, null, Set.of(java)), true);
        }

        Listing<PostSummary> first = queries.published(Optional.empty(), 2);
        Listing<PostSummary> second = queries.published(PostCursor.parse(first.nextToken()), 2);
        Listing<PostSummary> inCategory = queries.publishedInCategory(java, Optional.empty(), 10);
        Listing<PostSummary> byAuthor = queries.publishedByAuthor(ada, Optional.empty(), 10);

        assertThat(first.items()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).hasSize(1).doesNotContainAnyElementsOf(first.items());
        assertThat(second.hasNext()).isFalse();
        assertThat(inCategory.items()).hasSize(3);
        assertThat(byAuthor.items()).hasSize(3);
        assertThat(first.items().get(0).categories()).extracting(CategoryRef::slug).containsExactly("java");
    }

    @Test
    void aCursorTokenRoundTripsAndGarbageMeansTheFirstPage() {
        PostCursor cursor = new PostCursor(Instant.parse("2026-01-02T03:04:05.123456Z"), UUID.randomUUID());

        assertThat(PostCursor.parse(cursor.token())).contains(cursor);
        assertThat(PostCursor.parse("nonsense")).isEmpty();
        assertThat(PostCursor.parse("_x")).isEmpty();
        assertThat(PostCursor.parse(null)).isEmpty();
        assertThat(PostCursor.parse("2026-01-01_" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void ownPostsAdminPostsAndCounts() {
        Actor actor = new Actor(ada, Role.USER);
        PostRef live = commands.create(actor, new PostDraft("Live", null, "x", null, null, Set.of()), true);
        commands.create(actor, new PostDraft("Draft", null, "x", null, null, Set.of()), false);

        assertThat(authoring.ownPosts(ada, null, PageRequest.first(10)).items()).hasSize(2);
        assertThat(authoring.ownPosts(ada, PostStatus.DRAFT, PageRequest.first(10)).items()).extracting(PostSummary::title)
                .containsExactly("Draft");
        Page<PostSummary> admin = administration.adminPosts(new AdminPostFilter(null, null, null, " li "), PageRequest.first(10));
        assertThat(admin.items()).extracting(PostSummary::title).containsExactly("Live");
        assertThat(admin.totalItems()).isEqualTo(1);
        assertThat(administration.countByStatus()).containsEntry(PostStatus.PUBLISHED, 1L).containsEntry(PostStatus.DRAFT, 1L)
                .containsEntry(PostStatus.ARCHIVED, 0L);
        assertThat(administration.byIds(List.of(live.id(), UUID.randomUUID()))).extracting(PostSummary::id).containsExactly(live.id());
        assertThat(administration.byIds(List.of())).isEmpty();
        assertThat(queries.trendingThisWeek(5)).as("published, but not viewed this week").isEmpty();
    }

    @Test
    void publishedPerWeekFillsEmptyWeeksAndEndsThisWeek() {
        commands.create(new Actor(ada, Role.USER), new PostDraft("Now", null, "x", null, null, Set.of()), true);

        List<WeeklyCount> weeks = administration.publishedPerWeek(8);

        assertThat(weeks).hasSize(8);
        assertThat(weeks.get(7).count()).isEqualTo(1);
        assertThat(weeks.subList(0, 7)).extracting(WeeklyCount::count).containsOnly(0L);
    }

    @Test
    void searchHighlightsEscapesCountsAndExplainsBadInput() {
        Actor actor = new Actor(ada, Role.USER);
        commands.create(actor, new PostDraft("Runners", null, "She runs \"daily\" & sleeps.", null, null, Set.of()), true);
        commands.create(actor, new PostDraft("Hidden run", null, "run run", null, null, Set.of()), false);

        SearchResults results = queries.search("  running ", PageRequest.first(10));

        assertThat(results.hits()).hasSize(1);
        assertThat(results.total()).isEqualTo(1);
        assertThat(results.query()).isEqualTo("running");
        assertThat(results.hits().get(0).snippetHtml()).contains("<mark>runs</mark>").contains("&quot;daily&quot;", "&amp;");
        assertThat(queries.search("", PageRequest.first(10)).isEmpty()).isTrue();
        assertThat(queries.search("nothing-matches-this", PageRequest.first(10)).total()).isZero();
        SearchResults tooLong = queries.search("x".repeat(201), PageRequest.first(10));
        assertThat(tooLong.problem().english()).contains("200 characters");
        assertThat(queries.search("run\u0000", PageRequest.first(10)).hits()).hasSize(1);
    }

    @Test
    void aBroadWordIsRankedAmongTheNewestMatchesAndReportedAsMoreThanTheCap() {
        publishNewestFirst(author(jdbc, "Ada"), "Common", "everywhere words", 405);

        SearchResults results = queries.search("everywhere", PageRequest.first(10));

        assertThat(results.capped()).isTrue();
        assertThat(results.total()).isEqualTo(SearchResults.COUNT_CAP);
        assertThat(results.hits()).hasSize(10);
        assertThat(results.hasNext()).isTrue();
        assertThat(results.hits().get(0).post().title()).isEqualTo("Common 1");
    }

    @Test
    void searchPagesEndWithTheLastMatch() {
        publishNewestFirst(author(jdbc, "Ada"), "Paged", "pageable words", 20);

        SearchResults first = queries.search("pageable", new PageRequest(1, 10));
        SearchResults second = queries.search("pageable", new PageRequest(2, 10));
        SearchResults third = queries.search("pageable", new PageRequest(3, 10));

        assertThat(first.hits()).hasSize(10);
        assertThat(first.hasNext()).as("ten more").isTrue();
        assertThat(second.hits()).hasSize(10);
        assertThat(second.hasNext()).as("exactly the last ten").isFalse();
        assertThat(third.hits()).isEmpty();
        assertThat(third.total()).isEqualTo(20);
        assertThat(queries.search("pageable", new PageRequest(1, 30)).hasNext()).isFalse();
    }

    /** COUNT published posts titled "TITLE 1" (the newest, a minute old) to "TITLE COUNT", each holding CONTENT. */
    private void publishNewestFirst(UUID author, String title, String content, int count) {
        jdbc.update("""
                insert into posts (author_id, title, slug, content, status, published_at)
                select ?, ? || ' ' || g, lower(?) || '-' || g, ?, 'published', now() - make_interval(mins => g)
                  from generate_series(1, ?) g""", author, title, title, content, count);
    }
}
