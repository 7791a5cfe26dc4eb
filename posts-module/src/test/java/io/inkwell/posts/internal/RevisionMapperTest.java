package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.pagehelper.PageHelper;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.test.PostRows;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class RevisionMapperTest {

    @Autowired
    RevisionMapper revisions;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;
    UUID post;
    UUID page;

    @BeforeEach
    void givenAPostAndAPage() {
        ada = author(jdbc, "Ada");
        post = PostRows.draft(jdbc, ada, "Post", "post-" + UUID.randomUUID());
        page = PostRows.draftPage(jdbc, "Page", "page-" + UUID.randomUUID().toString().substring(0, 8), "Text");
    }

    private RevisionRow ofPost(int number, String content) {
        return new RevisionRow(TimeOrderedIds.next(), post, null, number, "Title " + number, "Excerpt", content,
                new UUID[] {ada}, new String[] {"java", "sql"}, ada, null, false);
    }

    @Test
    void insertAndSelectByNumberKeepEveryField() {
        RevisionRow row = ofPost(1, "First text");

        revisions.insert(row);

        RevisionRow found = revisions.selectByNumber(post, null, 1).orElseThrow();
        assertThat(found.title()).isEqualTo("Title 1");
        assertThat(found.excerpt()).isEqualTo("Excerpt");
        assertThat(found.content()).isEqualTo("First text");
        assertThat(found.categoryIds()).containsExactly(ada);
        assertThat(found.tagNames()).containsExactly("java", "sql");
        assertThat(found.savedBy()).isEqualTo(ada);
        assertThat(found.savedAt()).isNotNull();
        assertThat(revisions.selectByNumber(post, null, 2)).isEmpty();
        assertThat(revisions.selectByNumber(null, page, 1)).as("a page's revisions are apart").isEmpty();
    }

    @Test
    void selectNewestIsTheHighestNumberOfThatPostOrPage() {
        revisions.insert(ofPost(1, "a"));
        revisions.insert(ofPost(2, "b"));
        revisions.insert(new RevisionRow(TimeOrderedIds.next(), null, page, 7, "Page", null, "p", new UUID[0], new String[0], ada,
                null, false));

        assertThat(revisions.selectNewest(post, null)).map(RevisionRow::number).contains(2);
        assertThat(revisions.selectNewest(null, page)).map(RevisionRow::number).contains(7);
        assertThat(revisions.selectNewest(UUID.randomUUID(), null)).isEmpty();
    }

    @Test
    void selectSummariesListsNewestFirstWithoutTheTexts() {
        revisions.insert(ofPost(1, "a"));
        revisions.insert(ofPost(2, "b"));

        List<RevisionRow> rows = revisions.selectSummaries(post, null);

        assertThat(rows).extracting(RevisionRow::number).containsExactly(2, 1);
        assertThat(rows).allSatisfy(row -> assertThat(row.content()).isEmpty());
    }

    @Test
    void selectSummariesIsPagedByPageHelper() {
        for (int n = 1; n <= 5; n++) {
            revisions.insert(ofPost(n, "text " + n));
        }

        PageHelper.startPage(2, 2, true);
        List<RevisionRow> second = revisions.selectSummaries(post, null);
        PageHelper.clearPage();

        assertThat(second).extracting(RevisionRow::number).containsExactly(3, 2);
    }

    @Test
    void markPublishedAndMarkNewestPublishedFlagWhatWasPublic() {
        RevisionRow first = ofPost(1, "a");
        revisions.insert(first);
        revisions.insert(ofPost(2, "b"));

        revisions.markPublished(first.id());
        revisions.markNewestOfPostsPublished(List.of(post));

        assertThat(revisions.selectSummaries(post, null)).extracting(RevisionRow::published).containsExactly(true, true);
    }

    @Test
    void markNewestOfPagePublishedFlagsOnlyThePagesNewestRevision() {
        revisions.insert(new RevisionRow(TimeOrderedIds.next(), null, page, 1, "Page", null, "a", new UUID[0], new String[0], ada,
                null, false));
        revisions.insert(new RevisionRow(TimeOrderedIds.next(), null, page, 2, "Page", null, "b", new UUID[0], new String[0], ada,
                null, false));

        assertThat(revisions.markNewestOfPagePublished(page)).isEqualTo(1);

        assertThat(revisions.selectSummaries(null, page)).extracting(RevisionRow::published).containsExactly(true, false);
    }

    @Test
    void markPrunableLeavesPublishedRevisionsAndDeletePrunableTakesTheOthers() {
        RevisionRow published = ofPost(1, "public");
        revisions.insert(published);
        revisions.insert(ofPost(2, "private"));
        revisions.markPublished(published.id());

        assertThat(revisions.markPrunable(post, null, 1)).as("published: kept").isZero();
        assertThat(revisions.markPrunable(post, null, 2)).isEqualTo(1);
        assertThat(revisions.deletePrunable(1000)).isEqualTo(1);

        assertThat(revisions.selectSummaries(post, null)).extracting(RevisionRow::number).containsExactly(1);
    }

    @Test
    void theSchemaRefusesARevisionOfBothOrNeitherAndARepeatedNumber() {
        assertThatThrownBy(() -> jdbc.update("insert into revisions (post_id, page_id, number, title, content, saved_by)"
                + " values (?, ?, 1, 't', 'c', ?)", post, page, ada))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("revisions_subject_ck");
    }

    @Test
    void theSchemaRefusesTwoRevisionsOfOnePostWithOneNumber() {
        revisions.insert(ofPost(1, "a"));

        assertThatThrownBy(() -> revisions.insert(ofPost(1, "b")))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("revisions_post_number_uk");
    }

    @Test
    void aRevisionGoesWithItsPost() {
        revisions.insert(ofPost(1, "a"));

        jdbc.update("delete from posts where id = ?", post);

        assertThat(revisions.selectNewest(post, null)).isEmpty();
    }
}
