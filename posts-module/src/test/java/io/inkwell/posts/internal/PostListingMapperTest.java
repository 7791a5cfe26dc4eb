package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostRowValues.draft;
import static io.inkwell.posts.internal.PostRowValues.published;
import static io.inkwell.posts.internal.PostRowValues.publishedWith;
import static io.inkwell.posts.test.PostRows.category;
import static io.inkwell.posts.test.PostRows.link;
import static io.inkwell.posts.test.PostRows.tag;
import static io.inkwell.posts.test.PostRows.tagLink;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.inkwell.posts.AdminPostFilter;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.internal.LinkRow.LinkKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PostListingMapperTest {

    private static final Cursor FIRST = new Cursor(null, null);

    @Autowired
    PostMapper posts;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;
    UUID bob;

    @BeforeEach
    void givenAuthors() {
        jdbc.update("delete from posts");
        jdbc.update("delete from categories");
        jdbc.update("delete from tags");
        ada = author(jdbc, "Ada");
        bob = author(jdbc, "Bob");
    }

    private PostRow insert(PostRow row) {
        posts.insert(row);
        return row;
    }

    private static Instant day(int day) {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day);
    }

    @Test
    void keysetPagesContinueAfterTheLastCardInPublishedOrder() {
        for (int day = 1; day <= 5; day++) {
            insert(published(ada, "Day " + day, "day-" + day, day(day)));
        }
        insert(draft(ada, "Hidden", "hidden"));

        List<SummaryRow> first = posts.selectPublished(FIRST, 2);
        SummaryRow last = first.get(1);
        List<SummaryRow> second = posts.selectPublished(new Cursor(last.publishedAt(), last.id()), 2);

        assertThat(first).extracting(SummaryRow::title).containsExactly("Day 5", "Day 4");
        assertThat(second).extracting(SummaryRow::title).containsExactly("Day 3", "Day 2");
        assertThat(first.get(0).readingMinutes()).isEqualTo(1);
    }

    @Test
    void categoryListingsShowOnlyPublishedPostsOfThatCategoryNewestFirst() {
        UUID java = category(jdbc, "Java", "java");
        UUID go = category(jdbc, "Go", "go");
        PostRow older = insert(published(ada, "Older", "older", day(1)));
        PostRow newer = insert(published(bob, "Newer", "newer", day(2)));
        PostRow hidden = insert(draft(ada, "Draft", "draft"));
        PostRow other = insert(published(ada, "Other", "other", day(3)));
        link(jdbc, older.id(), java);
        link(jdbc, newer.id(), java);
        link(jdbc, hidden.id(), java);
        link(jdbc, other.id(), go);

        List<SummaryRow> page = posts.selectPublishedInCategory(java, FIRST, 10);
        List<SummaryRow> after = posts.selectPublishedInCategory(java, new Cursor(newer.publishedAt(), newer.id()), 10);

        assertThat(page).extracting(SummaryRow::title).containsExactly("Newer", "Older");
        assertThat(after).extracting(SummaryRow::title).containsExactly("Older");
        assertThat(jdbc.queryForObject("select post_count from categories where id = ?", Integer.class, java)).isEqualTo(2);
    }

    @Test
    void authorListingsAndOwnPosts() {
        insert(published(ada, "Ada live", "ada-live", day(1)));
        insert(draft(ada, "Ada draft", "ada-draft"));
        insert(published(bob, "Bob live", "bob-live", day(2)));

        assertThat(posts.selectPublishedByAuthor(ada, FIRST, 10)).extracting(SummaryRow::title).containsExactly("Ada live");
        assertThat(posts.selectByAuthor(ada, null)).extracting(SummaryRow::title).containsExactlyInAnyOrder("Ada live", "Ada draft");
        assertThat(posts.selectByAuthor(ada, PostStatus.DRAFT)).extracting(SummaryRow::title).containsExactly("Ada draft");
    }

    @Test
    void categoriesAndTagsOfAWholePageInOneStatement() {
        UUID java = category(jdbc, "Java", "java");
        UUID apis = category(jdbc, "apis", "apis");
        UUID zebra = tag(jdbc, "Zebra", "zebra");
        UUID beta = tag(jdbc, "beta", "beta");
        PostRow one = insert(published(ada, "One", "one", day(1)));
        PostRow two = insert(published(ada, "Two", "two", day(2)));
        PostRow three = insert(published(ada, "Three", "three", day(3)));
        link(jdbc, one.id(), java);
        link(jdbc, one.id(), apis);
        tagLink(jdbc, one.id(), zebra);
        tagLink(jdbc, one.id(), beta);
        tagLink(jdbc, two.id(), beta);

        List<LinkRow> links = posts.selectLinks(List.of(one.id(), two.id(), three.id()));

        assertThat(links).filteredOn(link -> link.postId().equals(one.id()))
                .extracting(LinkRow::kind, LinkRow::name)
                .containsExactly(tuple(LinkKind.CATEGORY, "apis"),
                        tuple(LinkKind.CATEGORY, "Java"),
                        tuple(LinkKind.TAG, "beta"),
                        tuple(LinkKind.TAG, "Zebra"));
        assertThat(links).filteredOn(link -> link.postId().equals(two.id())).extracting(LinkRow::slug).containsExactly("beta");
        assertThat(links).extracting(LinkRow::postId).doesNotContain(three.id());
        assertThat(posts.selectByIds(List.of(one.id(), two.id()))).hasSize(2);
    }

    @Test
    void detailBySlugCarriesItsCategoriesAndTagsInOneResult() {
        UUID java = category(jdbc, "Java", "java");
        UUID go = category(jdbc, "Go", "go");
        UUID tools = tag(jdbc, "tools", "tools");
        UUID build = tag(jdbc, "Build", "build");
        PostRow post = insert(published(ada, "Both", "both", day(1)));
        link(jdbc, post.id(), java);
        link(jdbc, post.id(), go);
        tagLink(jdbc, post.id(), tools);
        tagLink(jdbc, post.id(), build);
        PostRow tagged = insert(published(ada, "Tagged", "tagged", day(2)));
        tagLink(jdbc, tagged.id(), tools);
        insert(published(ada, "None", "none", day(3)));

        List<DetailRow> rows = posts.selectDetailBySlug("both");

        assertThat(rows).extracting(DetailRow::linkKind, DetailRow::linkName).containsExactly(
                tuple(LinkKind.CATEGORY, "Go"), tuple(LinkKind.CATEGORY, "Java"),
                tuple(LinkKind.TAG, "Build"), tuple(LinkKind.TAG, "tools"));
        assertThat(rows).extracting(DetailRow::title).containsOnly("Both");
        assertThat(posts.selectDetailBySlug("tagged")).extracting(DetailRow::linkSlug).containsExactly("tools");
        assertThat(posts.selectDetailBySlug("none")).singleElement().satisfies(row -> assertThat(row.linkId()).isNull());
        assertThat(posts.selectDetailBySlug("missing")).isEmpty();
    }

    @Test
    void slugHistoryLeadsToTheCurrentSlugAndCountsAsTaken() {
        PostRow post = insert(published(ada, "Hello", "hello-2", day(1)));
        insert(published(ada, "Hello", "hello", day(1)));
        posts.upsertSlugHistory("hello-3", post.id());

        assertThat(posts.selectSlugByOldSlug("hello-3")).contains("hello-2");
        assertThat(posts.selectSlugByOldSlug("nothing")).isEmpty();
        assertThat(posts.selectTakenSlugs("hello")).containsExactlyInAnyOrder("hello", "hello-2", "hello-3");
        assertThat(posts.existsSlugOfOtherPost("hello-3", post.id())).isFalse();
        assertThat(posts.existsSlugOfOtherPost("hello", post.id())).isTrue();
        assertThat(posts.deleteSlugHistory("hello-3")).isEqualTo(1);
    }

    @Test
    void statusChangesMoveListingsAndCounts() {
        UUID java = category(jdbc, "Java", "java");
        PostRow post = insert(draft(ada, "Soon", "soon"));
        link(jdbc, post.id(), java);

        posts.updateStatus(post.id(), PostStatus.PUBLISHED, day(3));
        assertThat(posts.selectPublishedInCategory(java, FIRST, 10)).hasSize(1);
        posts.updateStatus(post.id(), PostStatus.ARCHIVED, day(3));

        assertThat(posts.selectPublishedInCategory(java, FIRST, 10)).isEmpty();
        assertThat(posts.countByStatus()).containsExactly(new StatusCountRow(PostStatus.ARCHIVED, 1));
        assertThat(posts.selectById(post.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void linksAreAddedAndRemoved() {
        UUID java = category(jdbc, "Java", "java");
        UUID go = category(jdbc, "Go", "go");
        PostRow post = insert(published(ada, "Post", "post", day(1)));

        posts.insertCategoryLinks(post.id(), List.of(java, go));
        posts.deleteCategoryLinks(post.id(), List.of(go));

        assertThat(posts.selectCategoryIds(post.id())).containsExactly(java);
        assertThat(jdbc.queryForObject("select post_count from categories where id = ?", Integer.class, go)).isZero();
    }

    @Test
    void adminFilterCombinesStatusAuthorCategoryAndTitleText() {
        UUID java = category(jdbc, "Java", "java");
        PostRow match = insert(published(ada, "Fast 100% Java", "fast", day(1)));
        insert(published(ada, "Fast Go", "fast-go", day(1)));
        insert(published(bob, "Fast Bob", "fast-bob", day(1)));
        link(jdbc, match.id(), java);

        assertThat(posts.selectForAdmin(new AdminPostFilter(PostStatus.PUBLISHED, ada, java, "fast")))
                .extracting(SummaryRow::title).containsExactly("Fast 100% Java");
        assertThat(posts.selectForAdmin(new AdminPostFilter(null, null, null, "100\\%"))).hasSize(1);
        assertThat(posts.selectForAdmin(new AdminPostFilter(null, null, null, null))).hasSize(3);
    }

    @Test
    void publishedPerWeekGroupsByMonday() {
        insert(published(ada, "Mon", "mon", Instant.parse("2026-03-02T10:00:00Z")));
        insert(published(ada, "Sun", "sun", Instant.parse("2026-03-08T23:00:00Z")));
        insert(published(ada, "Next", "next", Instant.parse("2026-03-09T00:30:00Z")));

        assertThat(posts.countPublishedPerWeek(Instant.parse("2026-03-01T00:00:00Z"))).containsExactly(
                new WeekRow(java.time.LocalDate.parse("2026-03-02"), 2), new WeekRow(java.time.LocalDate.parse("2026-03-09"), 1));
    }

    @Test
    void searchFindsStemmedWordsRanksTitleFirstAndHighlights() {
        insert(publishedWith(ada, "Running fast", "running-fast", day(1), "Notes about training."));
        insert(publishedWith(ada, "Other topic", "other-topic", day(2), "Somebody runs here every morning."));
        insert(publishedWith(ada, "Cooking", "cooking", day(3), "Nothing to see."));
        posts.insert(new PostRow(UUID.randomUUID(), ada, "Draft run", "draft-run", "run", "<p>run</p>", null, null,
                PostStatus.DRAFT, 0, null, 0, null, null, null, null, false, "en"));

        List<SearchRow> hits = posts.search("en", "run", 10, 0);

        assertThat(hits).extracting(SearchRow::title).containsExactly("Running fast", "Other topic");
        assertThat(hits.get(1).headline()).contains("\u0001runs\u0002");
        assertThat(hits).extracting(SearchRow::matches).containsOnly(2L);
        assertThat(posts.countSearchHits("en", "run", 1001)).isEqualTo(2);
        assertThat(posts.countSearchHits("en", "run", 1)).isEqualTo(1);
        assertThat(posts.search("en", "run -fast", 10, 0)).extracting(SearchRow::title).containsExactly("Other topic");
    }

    @Test
    void anythingPeopleTypeIsASafeQuery() {
        insert(publishedWith(ada, "Quotes", "quotes", day(1), "a b c"));
        for (String typed : List.of("\"unclosed", "-", "or", "a & b | !c", "'); drop table posts; --", ":*", "()",
                "\\", "ñandú \"exact phrase\" -not or maybe", "<>")) {
            assertThat(posts.search("en", typed, 10, 0)).as(typed).isNotNull();
            assertThat(posts.countSearchHits("en", typed, 10)).as(typed).isGreaterThanOrEqualTo(0);
        }
    }
}
