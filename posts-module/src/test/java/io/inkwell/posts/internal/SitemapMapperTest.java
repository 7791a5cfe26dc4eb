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
import io.inkwell.posts.AuthorSitemapEntry;
import io.inkwell.posts.PostCursor;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.SitemapEntry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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

/** The sitemap's statements, with files of a few addresses so that a handful of rows fills several. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class SitemapMapperTest {

    private static final Cursor NONE = new Cursor(null, null);

    @Autowired
    SitemapMapper sitemaps;

    @Autowired
    PostMapper posts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlSessionFactory sessions;

    UUID ada;

    @BeforeEach
    void givenAnAuthorAndNothingElse() {
        jdbc.update("delete from posts");
        jdbc.update("delete from categories");
        jdbc.update("delete from tags");
        ada = author(jdbc, "Ada");
    }

    private PostRow insert(PostRow row) {
        posts.insert(row);
        return row;
    }

    private PostRow publishedOn(int day) {
        return insert(published(ada, "Day " + day, "day-" + day, day(day)));
    }

    private void hide(PostRow post) {
        jdbc.update("update posts set hidden_from_search = true where id = ?", post.id());
    }

    private static Instant day(int day) {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day);
    }

    private static Cursor at(PostCursor start) {
        return new Cursor(start.publishedAt(), start.id());
    }

    @Test
    void postFilesStartAtTheOldestPublishedPostAndEveryFileSizeThPostAfterIt() {
        List<PostRow> days = new ArrayList<>();
        for (int day = 5; day >= 1; day--) {
            days.add(0, publishedOn(day));
        }
        insert(draft(ada, "Draft", "draft"));
        jdbc.update("update posts set status = 'archived' where id = ?", insert(published(ada, "Gone", "gone", day(2))).id());
        hide(days.get(3));

        List<PostCursor> starts = sitemaps.selectPostFileStarts(2);

        assertThat(starts).extracting(PostCursor::publishedAt).as("hidden posts count, drafts and archived do not")
                .containsExactly(day(1), day(3), day(5));
        assertThat(starts.get(1).id()).isEqualTo(days.get(2).id());
        assertThat(sitemaps.selectPostFileStarts(5)).extracting(PostCursor::publishedAt).containsExactly(day(1));
    }

    @Test
    void postsPublishedAtTheSameInstantAreToldApartByTheirIds() {
        PostRow first = insert(published(ada, "A", "a", day(1)));
        PostRow second = insert(published(ada, "B", "b", day(1)));
        PostRow third = insert(published(ada, "C", "c", day(1)));
        List<UUID> inOrder = List.of(first.id(), second.id(), third.id()).stream().sorted().toList();

        List<PostCursor> starts = sitemaps.selectPostFileStarts(2);

        assertThat(starts).extracting(PostCursor::id).containsExactly(inOrder.get(0), inOrder.get(2));
        assertThat(sitemaps.selectPosts(NONE, at(starts.get(1)), 10)).hasSize(2);
        assertThat(sitemaps.selectPosts(at(starts.get(1)), NONE, 10)).hasSize(1);
    }

    @Test
    void aSiteWithoutPublishedPostsHasNoPostFiles() {
        insert(draft(ada, "Draft", "draft"));

        assertThat(sitemaps.selectPostFileStarts(2)).isEmpty();
        assertThat(sitemaps.selectPosts(NONE, NONE, 10)).isEmpty();
    }

    @Test
    void thePostFilesTogetherListEveryVisiblePublishedPostOnceOldestFirst() {
        List<PostRow> days = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            days.add(publishedOn(day));
        }
        hide(days.get(2));
        insert(draft(ada, "Draft", "draft"));
        jdbc.update("update posts set updated_at = ? where id = ?", Timestamp.from(day(30)), days.get(0).id());

        List<PostCursor> starts = sitemaps.selectPostFileStarts(3);
        List<List<String>> files = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Cursor from = i == 0 ? NONE : at(starts.get(i));
            Cursor to = i + 1 < starts.size() ? at(starts.get(i + 1)) : NONE;
            files.add(sitemaps.selectPosts(from, to, 3).stream().map(SitemapEntry::slug).toList());
        }

        assertThat(files).containsExactly(List.of("day-1", "day-2"), List.of("day-4", "day-5", "day-6"), List.of("day-7"));
        assertThat(sitemaps.selectPosts(NONE, NONE, 10).get(0).lastModified()).isEqualTo(day(30));
        assertThat(sitemaps.selectPosts(NONE, NONE, 2)).as("a file stops at its size").hasSize(2);
    }

    @Test
    void categoryFilesHoldCategoriesWithPublishedPostsBySlug() {
        PostRow post = publishedOn(1);
        for (String slug : List.of("delta", "alpha", "echo", "charlie")) {
            link(jdbc, post.id(), category(jdbc, slug, slug));
        }
        category(jdbc, "bravo", "bravo");

        List<String> starts = sitemaps.selectCategoryFileStarts(3);

        assertThat(starts).as("bravo has no published post").containsExactly("alpha", "echo");
        assertThat(sitemaps.selectCategories(null, "echo", 10)).extracting(SitemapEntry::slug)
                .containsExactly("alpha", "charlie", "delta");
        List<SitemapEntry> last = sitemaps.selectCategories("echo", null, 10);
        assertThat(last).extracting(SitemapEntry::slug).containsExactly("echo");
        assertThat(last.get(0).lastModified()).as("the last change of the category, its post count included")
                .isEqualTo(jdbc.queryForObject("select updated_at from categories where slug = 'echo'", Instant.class));
        assertThat(sitemaps.selectCategories(null, null, 2)).hasSize(2);
    }

    @Test
    void tagFilesHoldTagsWithPublishedPostsBySlug() {
        PostRow post = publishedOn(1);
        PostRow unfinished = insert(draft(ada, "Draft", "draft"));
        for (String slug : List.of("delta", "alpha", "echo", "charlie")) {
            tagLink(jdbc, post.id(), tag(jdbc, slug, slug));
        }
        tagLink(jdbc, unfinished.id(), tag(jdbc, "bravo", "bravo"));
        tag(jdbc, "foxtrot", "foxtrot");

        List<String> starts = sitemaps.selectTagFileStarts(3);

        assertThat(starts).as("bravo is only on a draft, foxtrot on nothing").containsExactly("alpha", "echo");
        assertThat(sitemaps.selectTags(null, "echo", 10)).extracting(SitemapEntry::slug)
                .containsExactly("alpha", "charlie", "delta");
        List<SitemapEntry> last = sitemaps.selectTags("echo", null, 10);
        assertThat(last).extracting(SitemapEntry::slug).containsExactly("echo");
        assertThat(last.get(0).lastModified()).as("the last change of the tag, its post count included")
                .isEqualTo(jdbc.queryForObject("select updated_at from tags where slug = 'echo'", Instant.class));
        assertThat(sitemaps.selectTags(null, null, 2)).hasSize(2);
    }

    @Test
    void aTagsLastChangeMovesWhenItIsRenamedOrAPostEntersItsListingButNotOtherwise() {
        UUID tools = tag(jdbc, "tools", "tools");
        Instant longAgo = day(-100);
        jdbc.update("update tags set updated_at = ? where id = ?", Timestamp.from(longAgo), tools);
        assertThat(updatedAt(tools)).as("setting the time alone is no change").isEqualTo(longAgo);

        tagLink(jdbc, insert(draft(ada, "Draft", "draft")).id(), tools);
        assertThat(updatedAt(tools)).as("a draft does not show on the tag page").isEqualTo(longAgo);

        tagLink(jdbc, publishedOn(1).id(), tools);
        assertThat(updatedAt(tools)).as("a published post joins its listing").isAfter(longAgo);

        jdbc.update("update tags set updated_at = ? where id = ?", Timestamp.from(longAgo), tools);
        jdbc.update("update tags set name = 'Tools', slug = 'tools-and-tricks' where id = ?", tools);
        assertThat(updatedAt(tools)).as("renamed").isAfter(longAgo);
    }

    private Instant updatedAt(UUID tag) {
        return jdbc.queryForObject("select updated_at from tags where id = ?", Instant.class, tag);
    }

    @Test
    void authorFilesHoldTheAuthorsOfPublishedPostsById() {
        UUID bob = author(jdbc, "Bob");
        UUID cy = author(jdbc, "Cy");
        UUID drafter = author(jdbc, "Drafter");
        publishedOn(1);
        publishedOn(3);
        insert(published(bob, "Bob", "bob", day(2)));
        insert(published(cy, "Cy", "cy", day(5)));
        insert(draft(drafter, "Draft", "draft"));
        List<UUID> authors = List.of(ada, bob, cy).stream().sorted().toList();

        List<UUID> starts = sitemaps.selectAuthorFileStarts(2);

        assertThat(starts).containsExactly(authors.get(0), authors.get(2));
        List<AuthorSitemapEntry> first = sitemaps.selectAuthors(null, starts.get(1), 10);
        assertThat(first).extracting(AuthorSitemapEntry::authorId).containsExactly(authors.get(0), authors.get(1));
        assertThat(sitemaps.selectAuthors(starts.get(1), null, 10)).extracting(AuthorSitemapEntry::authorId)
                .containsExactly(authors.get(2));
        Map<UUID, Instant> newest = new HashMap<>();
        sitemaps.selectAuthors(null, null, 10).forEach(entry -> newest.put(entry.authorId(), entry.lastModified()));
        assertThat(newest).containsOnlyKeys(ada, bob, cy).containsEntry(ada, day(3)).containsEntry(cy, day(5));
        assertThat(sitemaps.selectAuthors(null, null, 1)).hasSize(1);
    }

    @Test
    void eachStatementWalksAnIndexInItsOwnOrderWithoutSorting() {
        Cursor somewhere = new Cursor(day(1), UUID.randomUUID());
        Map<String, Object> postRange = new HashMap<>(Map.of("from", somewhere, "to", new Cursor(day(9), UUID.randomUUID())));
        postRange.put("limit", 50_000);
        Map<String, Object> slugRange = Map.of("from", "a", "to", "m", "limit", 50_000);
        Map<String, Object> idRange = Map.of("from", UUID.randomUUID(), "to", UUID.randomUUID(), "limit", 50_000);
        Map<String, Object> fileSize = Map.of("fileSize", 50_000);

        assertThat(plan("selectPostFileStarts", fileSize)).contains("Index Only Scan Backward using posts_published_idx")
                .doesNotContain("Sort");
        assertThat(plan("selectPosts", postRange)).contains("Index Scan Backward using posts_published_idx")
                .doesNotContain("Sort");
        assertThat(plan("selectCategoryFileStarts", fileSize)).contains("categories_slug_uk").doesNotContain("Sort");
        assertThat(plan("selectCategories", slugRange)).contains("categories_slug_uk").doesNotContain("Sort");
        assertThat(plan("selectTagFileStarts", fileSize)).contains("tags_slug_uk").doesNotContain("Sort");
        assertThat(plan("selectTags", slugRange)).contains("tags_slug_uk").doesNotContain("Sort");
        assertThat(plan("selectAuthorFileStarts", fileSize)).contains("posts_author_published_idx").doesNotContain("Sort");
        assertThat(plan("selectAuthors", idRange)).contains("Index Only Scan using posts_author_published_idx")
                .doesNotContain("Sort");
    }

    private String plan(String statement, Map<String, Object> parameters) {
        return StatementPlans.plan(sessions, jdbc, SitemapMapper.class, statement, parameters);
    }
}
