package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostRowValues.draft;
import static io.inkwell.posts.internal.PostRowValues.published;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.FeedPost;
import io.inkwell.posts.PostFeeds;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.SitemapEntry;
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

    @BeforeEach
    void givenAnAuthor() {
        jdbc.update("delete from posts");
        ada = author(jdbc, "Ada");
    }

    private PostRow insert(PostRow row) {
        posts.insert(row);
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
        PostRow archived = insert(published(ada, "Archived", "archived", day(3)));
        jdbc.update("update posts set status = 'archived' where id = ?", archived.id());
        jdbc.update("update posts set updated_at = ? where id = ?", java.sql.Timestamp.from(day(5)), older.id());

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
    }

    @Test
    void theSitemapListsPublishedPostsWithTheirLastChange() {
        insert(published(ada, "Listed", "listed", day(1)));
        insert(draft(ada, "Draft", "draft"));

        List<SitemapEntry> entries = feeds.sitemap(Integer.MAX_VALUE);

        assertThat(entries).extracting(SitemapEntry::slug).containsExactly("listed");
        assertThat(entries.get(0).lastModified()).isNotNull();
    }

    @Test
    void feedAndSitemapReadThePublishedPostsIndexInOrder() {
        assertThat(plan("selectFeedPosts")).contains("Index Scan using posts_published_idx").doesNotContain("Sort");
        assertThat(plan("selectSitemap")).contains("Index Scan using posts_published_idx").doesNotContain("Sort");
    }

    /** The statement's plan with sequential scans priced out: an empty table would otherwise be scanned. */
    private String plan(String statement) {
        String sql = sessions.getConfiguration()
                .getMappedStatement(PostMapper.class.getName() + "." + statement)
                .getBoundSql(Map.of("limit", 20)).getSql();
        jdbc.execute("set local enable_seqscan = off");
        return String.join("\n", jdbc.queryForList("explain " + sql, String.class, 20));
    }
}
