package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostRowValues.draft;
import static io.inkwell.posts.internal.PostRowValues.published;
import static io.inkwell.posts.test.PostRows.category;
import static io.inkwell.posts.test.PostRows.link;
import static io.inkwell.posts.test.PostRows.tag;
import static io.inkwell.posts.test.PostRows.tagLink;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.StatementPlans;
import io.inkwell.posts.FeedPost;
import io.inkwell.posts.PostFeeds;
import io.inkwell.posts.PostsTestApplication;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PostFeedServiceTest {

    @Autowired
    PostFeeds feeds;

    @Autowired
    PostMapper posts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlSessionFactory sessions;

    UUID ada;
    UUID bob;

    @BeforeEach
    void givenTwoAuthors() {
        jdbc.update("delete from posts");
        jdbc.update("delete from tags");
        ada = author(jdbc, "Ada");
        bob = author(jdbc, "Bob");
    }

    private PostRow insert(PostRow row) {
        posts.insert(row);
        return row;
    }

    private PostRow archived(PostRow row) {
        jdbc.update("update posts set status = 'archived' where id = ?", row.id());
        return row;
    }

    private static Instant day(int day) {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day);
    }

    @Test
    void theFeedCarriesTheNewestPublishedPostsWithTheirStoredHtmlAndLastChange() {
        PostRow older = insert(published(ada, "Older", "older", day(1)));
        insert(published(ada, "Newer", "newer", day(2)));
        insert(draft(ada, "Draft", "draft"));
        archived(insert(published(ada, "Archived", "archived", day(3))));
        jdbc.update("update posts set updated_at = ? where id = ?", Timestamp.from(day(5)), older.id());

        List<FeedPost> latest = feeds.latest(10);

        assertThat(latest).extracting(FeedPost::title).containsExactly("Newer", "Older");
        FeedPost entry = latest.get(1);
        assertThat(entry.id()).isEqualTo(older.id());
        assertThat(entry.slug()).isEqualTo("older");
        assertThat(entry.contentHtml()).isEqualTo("<p>Body of Older</p>");
        assertThat(entry.excerpt()).isEqualTo("About Older");
        assertThat(entry.authorId()).isEqualTo(ada);
        assertThat(entry.publishedAt()).isEqualTo(day(1));
        assertThat(entry.updatedAt()).isEqualTo(day(5));
    }

    @Test
    void aFeedAskedForTooManyOrNoPostsIsClamped() {
        for (int i = 1; i <= PostFeeds.MAX_FEED_SIZE + 1; i++) {
            insert(published(ada, "Post " + i, "post-" + i, day(i)));
        }

        assertThat(feeds.latest(1_000)).hasSize(PostFeeds.MAX_FEED_SIZE);
        assertThat(feeds.latest(0)).extracting(FeedPost::slug).containsExactly("post-" + (PostFeeds.MAX_FEED_SIZE + 1));
        assertThat(feeds.latestByAuthor(ada, 1_000)).hasSize(PostFeeds.MAX_FEED_SIZE);
    }

    @Test
    void aCategorysFeedHoldsItsPublishedPostsNewestFirst() {
        UUID essays = category(jdbc, "Essays", "essays");
        UUID other = category(jdbc, "Other", "other");
        PostRow first = insert(published(ada, "First essay", "first-essay", day(1)));
        PostRow second = insert(published(bob, "Second essay", "second-essay", day(2)));
        PostRow elsewhere = insert(published(ada, "Elsewhere", "elsewhere", day(3)));
        PostRow gone = archived(insert(published(ada, "Gone", "gone", day(4))));
        PostRow unfinished = insert(draft(ada, "Unfinished", "unfinished"));
        for (PostRow post : List.of(first, second, gone, unfinished)) {
            link(jdbc, post.id(), essays);
        }
        link(jdbc, elsewhere.id(), other);

        List<FeedPost> feed = feeds.latestInCategory(essays, 10);

        assertThat(feed).extracting(FeedPost::slug).containsExactly("second-essay", "first-essay");
        assertThat(feed.get(0).contentHtml()).isEqualTo("<p>Body of Second essay</p>");
        assertThat(feed.get(0).authorId()).isEqualTo(bob);
        assertThat(feeds.latestInCategory(essays, 1)).extracting(FeedPost::slug).containsExactly("second-essay");
        assertThat(feeds.latestInCategory(UUID.randomUUID(), 10)).isEmpty();
    }

    @Test
    void aTagsFeedHoldsItsPublishedPostsNewestFirst() {
        UUID tools = tag(jdbc, "tools", "tools");
        PostRow older = insert(published(ada, "Older tool", "older-tool", day(1)));
        PostRow newer = insert(published(bob, "Newer tool", "newer-tool", day(2)));
        PostRow unfinished = insert(draft(ada, "Unfinished tool", "unfinished-tool"));
        insert(published(ada, "Untagged", "untagged", day(3)));
        for (PostRow post : List.of(older, newer, unfinished)) {
            tagLink(jdbc, post.id(), tools);
        }

        List<FeedPost> feed = feeds.latestWithTag(tools, 10);

        assertThat(feed).extracting(FeedPost::slug).containsExactly("newer-tool", "older-tool");
        assertThat(feed.get(0).contentHtml()).isEqualTo("<p>Body of Newer tool</p>");
        assertThat(feeds.latestWithTag(tools, 1)).extracting(FeedPost::slug).containsExactly("newer-tool");
        assertThat(feeds.latestWithTag(UUID.randomUUID(), 10)).isEmpty();
    }

    @Test
    void anAuthorsFeedHoldsOnlyTheirPublishedPostsNewestFirst() {
        insert(published(ada, "Ada one", "ada-one", day(1)));
        insert(published(ada, "Ada two", "ada-two", day(3)));
        insert(published(bob, "Bob one", "bob-one", day(2)));
        insert(draft(ada, "Ada draft", "ada-draft"));
        archived(insert(published(ada, "Ada archived", "ada-archived", day(4))));

        assertThat(feeds.latestByAuthor(ada, 10)).extracting(FeedPost::slug).containsExactly("ada-two", "ada-one");
        assertThat(feeds.latestByAuthor(bob, 10)).extracting(FeedPost::slug).containsExactly("bob-one");
        assertThat(feeds.latestByAuthor(UUID.randomUUID(), 10)).isEmpty();
    }

    @Test
    void postsHiddenFromSearchEnginesStayInFeeds() {
        PostRow hidden = insert(published(ada, "Hidden", "hidden", day(1)));
        jdbc.update("update posts set hidden_from_search = true where id = ?", hidden.id());

        assertThat(feeds.latest(10)).extracting(FeedPost::slug).containsExactly("hidden");
    }

    @Test
    void eachFeedReadsItsListingIndexInOrderAndStops() {
        assertThat(plan("selectLatest", Map.of("limit", 20)))
                .contains("Index Scan using posts_published_idx").contains("Limit").doesNotContain("Sort");
        assertThat(plan("selectLatestInCategory", Map.of("categoryId", UUID.randomUUID(), "limit", 20)))
                .contains("using post_categories_category_listed_idx").contains("Limit").doesNotContain("Sort");
        assertThat(plan("selectLatestWithTag", Map.of("tagId", UUID.randomUUID(), "limit", 20)))
                .contains("using post_tags_tag_listed_idx").contains("Limit").doesNotContain("Sort");
        assertThat(plan("selectLatestByAuthor", Map.of("authorId", UUID.randomUUID(), "limit", 20)))
                .contains("Index Scan using posts_author_published_idx").contains("Limit").doesNotContain("Sort");
    }

    private String plan(String statement, Map<String, Object> parameters) {
        return StatementPlans.plan(sessions, jdbc, FeedMapper.class, statement, parameters);
    }
}
