package io.inkwell.posts.internal;

import static io.inkwell.posts.test.PostRows.draftPage;
import static io.inkwell.posts.test.PostRows.publishedPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.pagehelper.PageHelper;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.posts.PageStatus;
import io.inkwell.posts.PageSummary;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.SitemapEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Every statement of PageMapper on the real schema; writes are checked with plain SQL. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PageMapperTest {

    private static final Instant MARCH = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    PageMapper pages;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void givenNoPages() {
        jdbc.update("delete from pages");
    }

    private static PageRow draft(String title, String slug) {
        return new PageRow(TimeOrderedIds.next(), title, slug, "Some *Markdown*", "<p>Some <em>Markdown</em></p>", "Some Markdown",
                PageStatus.DRAFT, null, 0, null, null, "en");
    }

    private String column(String column, UUID id) {
        return jdbc.queryForObject("select " + column + "::text from pages where id = ?", String.class, id);
    }

    @Test
    void insertAndSelectByIdReadEveryColumnBack() {
        PageRow draft = draft("About", "about");

        pages.insert(draft);

        PageRow found = pages.selectById(draft.id()).orElseThrow();
        assertThat(found.title()).isEqualTo("About");
        assertThat(found.slug()).isEqualTo("about");
        assertThat(found.content()).isEqualTo("Some *Markdown*");
        assertThat(found.contentHtml()).isEqualTo("<p>Some <em>Markdown</em></p>");
        assertThat(found.excerpt()).isEqualTo("Some Markdown");
        assertThat(found.status()).isEqualTo(PageStatus.DRAFT);
        assertThat(found.version()).isZero();
        assertThat(found.createdAt()).isNotNull();
        assertThat(pages.selectById(UUID.randomUUID())).isEmpty();
        assertThat(pages.selectByIdForUpdate(draft.id())).contains(found);
        assertThat(pages.selectByIdForUpdate(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aSecondPageWithATakenSlugIsRefusedByTheUniqueIndex() {
        pages.insert(draft("About", "about"));

        assertThatThrownBy(() -> pages.insert(draft("About us", "about"))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void updateOfTheCurrentVersionWinsAndMovesTheVersionOn() {
        PageRow draft = draft("Old title", "old-title");
        pages.insert(draft);
        PageRow edited = new PageRow(draft.id(), "New title", "new-title", "x", "<p>x</p>", "x", PageStatus.PUBLISHED,
                MARCH, 0, null, null, "en");

        assertThat(pages.update(edited)).isEqualTo(1);
        assertThat(pages.update(edited)).as("the same, now stale, version again").isZero();

        PageRow found = pages.selectById(draft.id()).orElseThrow();
        assertThat(found.title()).isEqualTo("New title");
        assertThat(found.slug()).isEqualTo("new-title");
        assertThat(found.status()).isEqualTo(PageStatus.PUBLISHED);
        assertThat(found.publishedAt()).isEqualTo(MARCH);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void updateStatusChangesStatusAndDateAndMovesTheVersionOn() {
        PageRow draft = draft("About", "about");
        pages.insert(draft);

        assertThat(pages.updateStatus(draft.id(), PageStatus.PUBLISHED, MARCH)).isEqualTo(1);

        assertThat(column("status", draft.id())).isEqualTo("published");
        assertThat(column("version", draft.id())).isEqualTo("1");
        assertThat(pages.selectById(draft.id()).orElseThrow().publishedAt()).isEqualTo(MARCH);
    }

    @Test
    void deleteByIdTakesTheOldSlugsAlong() {
        UUID id = publishedPage(jdbc, "About", "about", "Text", MARCH);
        pages.upsertSlugHistory("about-us", id);

        assertThat(pages.deleteById(id)).isEqualTo(1);

        assertThat(pages.selectById(id)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from page_slug_history", Integer.class)).isZero();
    }

    @Test
    void selectForAdminListsEveryPageByTitleWhateverTheCaseAndPagesWithPageHelper() {
        draftPage(jdbc, "colophon", "colophon", "");
        publishedPage(jdbc, "About", "about", "Text", MARCH);
        draftPage(jdbc, "Contact", "contact", "");

        List<PageSummary> all = pages.selectForAdmin();
        PageHelper.startPage(2, 2, false);
        List<PageSummary> secondPage = pages.selectForAdmin();

        assertThat(all).extracting(PageSummary::title).containsExactly("About", "colophon", "Contact");
        assertThat(all.get(0).status()).isEqualTo(PageStatus.PUBLISHED);
        assertThat(all.get(0).publishedAt()).isEqualTo(MARCH);
        assertThat(all.get(0).updatedAt()).isNotNull();
        assertThat(secondPage).extracting(PageSummary::slug).containsExactly("contact");
    }

    @Test
    void selectPublishedBySlugFindsOnlyAPublishedPage() {
        publishedPage(jdbc, "About", "about", "Text", MARCH);
        draftPage(jdbc, "Contact", "contact", "Write to us");

        assertThat(pages.selectPublishedBySlug("about")).map(PageRow::title).hasValue("About");
        assertThat(pages.selectPublishedBySlug("contact")).as("a draft").isEmpty();
        assertThat(pages.selectPublishedBySlug("nothing")).isEmpty();
    }

    @Test
    void anOldSlugLeadsToTheCurrentOneWhileThePageIsPublished() {
        UUID about = publishedPage(jdbc, "About", "about", "Text", MARCH);
        UUID contact = draftPage(jdbc, "Contact", "contact", "");
        pages.upsertSlugHistory("about-us", about);
        pages.upsertSlugHistory("write-to-us", contact);

        assertThat(pages.selectSlugByOldSlug("about-us")).hasValue("about");
        assertThat(pages.selectSlugByOldSlug("write-to-us")).as("the page is a draft now").isEmpty();
        assertThat(pages.selectSlugByOldSlug("nothing")).isEmpty();
    }

    @Test
    void upsertSlugHistoryHandsAnOldSlugToTheLastPageThatLeftItAndDeleteForgetsIt() {
        UUID first = publishedPage(jdbc, "First", "first", "Text", MARCH);
        UUID second = publishedPage(jdbc, "Second", "second", "Text", MARCH);

        pages.upsertSlugHistory("shared", first);
        pages.upsertSlugHistory("shared", second);

        assertThat(pages.selectSlugByOldSlug("shared")).hasValue("second");
        assertThat(pages.deleteSlugHistory("shared")).isEqualTo(1);
        assertThat(pages.selectSlugByOldSlug("shared")).isEmpty();
    }

    @Test
    void takenSlugsAreTheBaseAndItsNumberedSuffixesCurrentOrOld() {
        UUID about = publishedPage(jdbc, "About", "about", "Text", MARCH);
        draftPage(jdbc, "About 2", "about-2", "");
        draftPage(jdbc, "About us", "about-us", "");
        draftPage(jdbc, "Abouts", "abouts", "");
        pages.upsertSlugHistory("about-3", about);

        assertThat(pages.selectTakenSlugs("about")).containsExactlyInAnyOrder("about", "about-2", "about-3");
        assertThat(pages.selectTakenSlugs("contact")).isEmpty();
    }

    @Test
    void lockSlugBaseTakesATransactionLock() {
        assertThat(pages.lockSlugBase("about")).isEqualTo(1);
    }

    @Test
    void aSlugIsTakenByAnotherPagesCurrentOrOldSlugButNotByThePagesOwn() {
        UUID about = publishedPage(jdbc, "About", "about", "Text", MARCH);
        UUID contact = publishedPage(jdbc, "Contact", "contact", "Text", MARCH);
        pages.upsertSlugHistory("about-us", about);

        assertThat(pages.existsSlugOfOtherPage("about", contact)).isTrue();
        assertThat(pages.existsSlugOfOtherPage("about-us", contact)).isTrue();
        assertThat(pages.existsSlugOfOtherPage("about", about)).isFalse();
        assertThat(pages.existsSlugOfOtherPage("about-us", about)).isFalse();
        assertThat(pages.existsSlugOfOtherPage("colophon", contact)).isFalse();
    }

    @Test
    void searchFindsPublishedPagesBestFirstWithMarkedSnippets() {
        publishedPage(jdbc, "Contact", "contact", "Write to the editors about anything", MARCH);
        publishedPage(jdbc, "Editors", "editors", "The editors of this site are two editors who edit", MARCH);
        draftPage(jdbc, "Editorial policy", "policy", "How editors choose");

        List<PageSearchRow> hits = pages.search("en", "editor", 3);

        assertThat(hits).extracting(PageSearchRow::slug).containsExactly("editors", "contact");
        assertThat(hits.get(0).headline()).contains(SearchSnippets.START + "editors" + SearchSnippets.STOP);
        assertThat(pages.search("en", "editor", 1)).hasSize(1);
        assertThat(pages.search("en", "zebra", 3)).isEmpty();
    }

    @Test
    void theSitemapListsPublishedPagesNewestFirstWithTheirLastChange() {
        publishedPage(jdbc, "About", "about", "Text", MARCH);
        publishedPage(jdbc, "Colophon", "colophon", "Text", MARCH.plus(1, ChronoUnit.DAYS));
        draftPage(jdbc, "Contact", "contact", "");

        List<SitemapEntry> entries = pages.selectSitemap(10);

        assertThat(entries).extracting(SitemapEntry::slug).containsExactly("colophon", "about");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.lastModified()).isNotNull());
        assertThat(pages.selectSitemap(1)).extracting(SitemapEntry::slug).containsExactly("colophon");
    }
}
