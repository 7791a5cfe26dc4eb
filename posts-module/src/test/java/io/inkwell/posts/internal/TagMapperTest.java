package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostRowValues.draft;
import static io.inkwell.posts.internal.PostRowValues.published;
import static io.inkwell.posts.test.PostRows.tag;
import static io.inkwell.posts.test.PostRows.tagLink;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.posts.PostsTestApplication;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Every statement of {@link TagMapper} on the real tables; writes checked with plain SQL. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class TagMapperTest {

    private static final Cursor FIRST = new Cursor(null, null);

    @Autowired
    TagMapper tags;

    @Autowired
    PostMapper posts;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;

    @BeforeEach
    void givenAnAuthor() {
        jdbc.update("delete from posts");
        jdbc.update("delete from tags");
        ada = author(jdbc, "Ada");
    }

    private PostRow post(String slug, int day) {
        PostRow row = published(ada, "Post " + slug, slug, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day));
        posts.insert(row);
        return row;
    }

    private PostRow draftPost(String slug) {
        PostRow row = draft(ada, "Draft " + slug, slug);
        posts.insert(row);
        return row;
    }

    private int postCount(UUID tag) {
        return jdbc.queryForObject("select post_count from tags where id = ?", Integer.class, tag);
    }

    private List<UUID> tagsOf(UUID post) {
        return jdbc.queryForList("select tag_id from post_tags where post_id = ? order by tag_id", UUID.class, post);
    }

    @Test
    void insertFindsByIdSlugAndNameWhateverItsCase() {
        UUID id = TimeOrderedIds.next();

        assertThat(tags.insert(new TagRow(id, "Machine Learning", "machine-learning", 0, null))).isEqualTo(1);

        assertThat(tags.selectById(id)).get().extracting(TagRow::name, TagRow::postCount).containsExactly("Machine Learning", 0);
        assertThat(tags.selectBySlug("machine-learning")).get().extracting(TagRow::id).isEqualTo(id);
        assertThat(tags.selectByName("MACHINE learning")).get().extracting(TagRow::id).isEqualTo(id);
        assertThat(tags.selectByName("learning")).isEmpty();
        assertThat(tags.selectById(id).orElseThrow().createdAt()).isNotNull();
    }

    @Test
    void insertOfATakenNameWhateverItsCaseDoesNothing() {
        tag(jdbc, "Kotlin", "kotlin");

        assertThat(tags.insert(new TagRow(TimeOrderedIds.next(), "KOTLIN", "kotlin-2", 0, null))).isZero();

        assertThat(jdbc.queryForObject("select count(*) from tags", Integer.class)).isEqualTo(1);
    }

    @Test
    void namesAreFoundWhateverTheirCaseAndUnknownOnesLeftOut() {
        UUID java = tag(jdbc, "Java", "java");
        UUID go = tag(jdbc, "go", "go");

        assertThat(tags.selectByNames(List.of("JAVA", "Go", "Rust"))).extracting(TagRow::id)
                .containsExactlyInAnyOrder(java, go);
    }

    @Test
    void popularTagsAreThoseOfPublishedPostsMostUsedFirstThenByName() {
        UUID zebra = tag(jdbc, "zebra", "zebra");
        UUID apple = tag(jdbc, "Apple", "apple");
        UUID mango = tag(jdbc, "mango", "mango");
        UUID onlyDrafts = tag(jdbc, "secret", "secret");
        PostRow one = post("one", 1);
        PostRow two = post("two", 2);
        tagLink(jdbc, one.id(), zebra);
        tagLink(jdbc, two.id(), zebra);
        tagLink(jdbc, one.id(), apple);
        tagLink(jdbc, two.id(), mango);
        tagLink(jdbc, draftPost("draft").id(), onlyDrafts);

        assertThat(tags.selectPopular(10, 0)).extracting(TagRow::name).containsExactly("zebra", "Apple", "mango");
        assertThat(tags.selectPopular(1, 1)).extracting(TagRow::name).containsExactly("Apple");
        assertThat(tags.selectAll()).extracting(TagRow::name).containsExactly("Apple", "mango", "secret", "zebra");
    }

    @Test
    void listedTagsArePagedBySlugAndThoseOnlyDraftsCarryAreLeftOut() {
        UUID zebra = tag(jdbc, "zebra", "zebra");
        UUID apple = tag(jdbc, "Apple", "apple");
        UUID onlyDrafts = tag(jdbc, "secret", "secret");
        tag(jdbc, "unused", "unused");
        PostRow one = post("one", 1);
        tagLink(jdbc, one.id(), zebra);
        tagLink(jdbc, one.id(), apple);
        tagLink(jdbc, draftPost("draft").id(), onlyDrafts);

        assertThat(tags.selectListedBySlugAfter(null, 10)).extracting(TagRow::slug).containsExactly("apple", "zebra");
        assertThat(tags.selectListedBySlugAfter(null, 1)).extracting(TagRow::slug).containsExactly("apple");
        assertThat(tags.selectListedBySlugAfter("apple", 10)).extracting(TagRow::slug).containsExactly("zebra");
        assertThat(tags.selectListedBySlugAfter("zebra", 10)).isEmpty();
    }

    @Test
    void rowsAreLockedInIdOrderAndUnknownIdsLeftOut() {
        UUID first = tag(jdbc, "first", "first");
        UUID second = tag(jdbc, "second", "second");

        // Two ids made in the same millisecond may sort either way; PostgreSQL orders uuids as their text does.
        List<UUID> inIdOrder = List.of(first, second).stream().sorted(Comparator.comparing(UUID::toString)).toList();
        assertThat(tags.selectByIdsForUpdate(List.of(second, UUID.randomUUID(), first))).extracting(TagRow::id)
                .containsExactlyElementsOf(inIdOrder);
        assertThat(tags.lockNames()).isEqualTo(1);
        assertThat(tags.lockLinksShared()).isEqualTo(1);
        assertThat(tags.lockLinksExclusive()).as("a transaction holding the shared lock may take it alone").isEqualTo(1);
    }

    @Test
    void takenSlugsAreTheBaseAndItsNumberedSiblingsExceptTheTagItself() {
        UUID c = tag(jdbc, "C", "c");
        tag(jdbc, "C#", "c-2");
        tag(jdbc, "C-suite", "c-suite");

        assertThat(tags.selectTakenSlugs("c", null)).containsExactlyInAnyOrder("c", "c-2");
        assertThat(tags.selectTakenSlugs("c", c)).containsExactly("c-2");
    }

    @Test
    void renameAndDelete() {
        UUID js = tag(jdbc, "js", "js");

        assertThat(tags.updateName(js, "JavaScript", "javascript")).isEqualTo(1);
        assertThat(tags.selectById(js)).get().extracting(TagRow::name, TagRow::slug).containsExactly("JavaScript", "javascript");

        assertThat(tags.deleteById(js)).isEqualTo(1);
        assertThat(tags.deleteById(js)).isZero();
        assertThat(tags.selectById(js)).isEmpty();
    }

    @Test
    void oldSlugsLeadToTheTagThatAnswersThemNow() {
        UUID js = tag(jdbc, "JavaScript", "javascript");
        UUID ecma = tag(jdbc, "ECMAScript", "ecmascript");

        tags.upsertSlugHistory("js", js);
        tags.upsertSlugHistory("es", ecma);
        assertThat(tags.selectSlugByOldSlug("js")).contains("javascript");

        assertThat(tags.moveSlugHistory(ecma, js)).isEqualTo(1);
        assertThat(tags.selectSlugByOldSlug("es")).contains("javascript");
        tags.upsertSlugHistory("js", ecma);
        assertThat(tags.selectSlugByOldSlug("js")).contains("ecmascript");

        assertThat(tags.deleteSlugHistory("js")).isEqualTo(1);
        assertThat(tags.selectSlugByOldSlug("js")).isEmpty();
        assertThat(tags.selectSlugByOldSlug("unknown")).isEmpty();
    }

    @Test
    void linksOfAPostAreWrittenReadAndRemoved() {
        UUID beta = tag(jdbc, "beta", "beta");
        UUID alpha = tag(jdbc, "Alpha", "alpha");
        UUID gamma = tag(jdbc, "gamma", "gamma");
        PostRow post = post("post", 1);

        assertThat(tags.insertLinks(post.id(), List.of(alpha, beta, gamma))).isEqualTo(3);
        assertThat(tags.insertLinks(post.id(), List.of(alpha))).as("an existing link is kept").isZero();
        assertThat(tags.selectTagIdsOfPost(post.id())).containsExactlyInAnyOrder(alpha, beta, gamma);
        assertThat(tags.selectTagNamesOfPost(post.id())).containsExactly("Alpha", "beta", "gamma");
        assertThat(postCount(beta)).isEqualTo(1);

        assertThat(tags.deleteLinks(post.id(), List.of(beta, gamma))).isEqualTo(2);
        assertThat(tags.selectTagIdsOfPost(post.id())).containsExactly(alpha);
        assertThat(postCount(beta)).isZero();
    }

    @Test
    void movingLinksKeepsOneLinkPerPostAndBothCountsExact() {
        UUID js = tag(jdbc, "js", "js");
        UUID javascript = tag(jdbc, "JavaScript", "javascript");
        PostRow onlyJs = post("only-js", 1);
        PostRow both = post("both", 2);
        PostRow draftWithJs = draftPost("draft-js");
        tagLink(jdbc, onlyJs.id(), js);
        tagLink(jdbc, both.id(), js);
        tagLink(jdbc, both.id(), javascript);
        tagLink(jdbc, draftWithJs.id(), js);

        assertThat(tags.moveLinks(js, javascript)).as("rows inserted").isEqualTo(2);

        assertThat(tagsOf(onlyJs.id())).containsExactly(javascript);
        assertThat(tagsOf(both.id())).containsExactly(javascript);
        assertThat(tagsOf(draftWithJs.id())).containsExactly(javascript);
        assertThat(postCount(js)).isZero();
        assertThat(postCount(javascript)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from post_tags where tag_id = ? and listed_at is null", Integer.class,
                javascript)).as("the draft's link is not listed").isEqualTo(1);
    }

    @Test
    void aTagsPublishedPostsArePagedInListingOrder() {
        UUID tools = tag(jdbc, "tools", "tools");
        PostRow older = post("older", 1);
        PostRow newer = post("newer", 2);
        PostRow hidden = draftPost("hidden");
        PostRow untagged = post("untagged", 3);
        for (PostRow row : List.of(older, newer, hidden)) {
            tagLink(jdbc, row.id(), tools);
        }

        List<SummaryRow> first = tags.selectPublishedWithTag(tools, FIRST, 1);
        List<SummaryRow> next = tags.selectPublishedWithTag(tools, new Cursor(newer.publishedAt(), newer.id()), 10);

        assertThat(first).extracting(SummaryRow::slug).containsExactly("newer");
        assertThat(next).extracting(SummaryRow::slug).containsExactly("older");
        assertThat(first).extracting(SummaryRow::id).doesNotContain(untagged.id());
    }
}
