package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static io.inkwell.users.test.UserRows.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.PageRequest;
import io.inkwell.posts.Categories;
import io.inkwell.posts.DiffLine;
import io.inkwell.posts.DiffLine.Change;
import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PageNotFoundException;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostNotFoundException;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.Revision;
import io.inkwell.posts.RevisionComparison;
import io.inkwell.posts.RevisionNotFoundException;
import io.inkwell.posts.RevisionOf;
import io.inkwell.posts.RevisionSummary;
import io.inkwell.posts.RevisionWords;
import io.inkwell.posts.Revisions;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Every save keeps a revision; the list, "Compare" and "Restore" read them; retention keeps 50 and the published ones. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class RevisionServiceTest {

    /** The English bundle's words (revisions.compare.line.*), as the web layer passes them on an English site. */
    private static final RevisionWords ENGLISH = new RevisionWords("Title", "Excerpt", "the start of the text", "Categories",
            "a deleted category", "Tags");
    private static final Actor ADMIN_FOR_CATEGORIES = new Actor(UUID.randomUUID(), Role.ADMIN);

    @Autowired
    PostCommands commands;

    @Autowired
    PageCommands pageCommands;

    @Autowired
    Revisions revisions;

    @Autowired
    Categories categories;

    @Autowired
    ScheduledPublishing publishing;

    @Autowired
    WorkflowCleanup cleanup;

    @Autowired
    WorkflowScheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;

    @BeforeEach
    void givenAnAuthor() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
    }

    private static PostDraft draft(String title, String content, Set<UUID> categoryIds, List<String> tags) {
        return new PostDraft(title, null, content, null, null, categoryIds, tags);
    }

    private int version(UUID postId) {
        return jdbc.queryForObject("select version from posts where id = ?", Integer.class, postId);
    }

    private List<RevisionSummary> listed(UUID postId) {
        return revisions.list(ada, RevisionOf.post(postId), PageRequest.of(1, 100)).revisions().items();
    }

    @Test
    void everySaveKeepsWhatWasSavedWhoAndWhen() {
        UUID tea = categories.create(ADMIN_FOR_CATEGORIES, "Tea", null).id();
        PostRef post = commands.create(ada, draft("First", "One", Set.of(tea), List.of("Green", "black")), false);
        commands.update(ada, post.id(), 0, draft("Second", "One\nTwo", Set.of(), List.of()), false);

        assertThat(listed(post.id())).extracting(RevisionSummary::number, RevisionSummary::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Second"), org.assertj.core.groups.Tuple.tuple(1, "First"));
        Revision first = revisions.revision(ada, RevisionOf.post(post.id()), 1);
        assertThat(first.content()).isEqualTo("One");
        assertThat(first.categoryIds()).containsExactly(tea);
        assertThat(first.tagNames()).containsExactly("black", "Green");
        assertThat(first.savedBy()).isEqualTo(ada.userId());
        assertThat(first.savedAt()).isNotNull();
    }

    @Test
    void aSaveThatChangesNothingKeepsNoRevision() {
        PostRef post = commands.create(ada, draft("Same", "Text", Set.of(), List.of()), false);

        commands.update(ada, post.id(), 0, draft("Same", "Text", Set.of(), List.of()), false);

        assertThat(listed(post.id())).hasSize(1);
    }

    @Test
    void aRevisionIsMarkedPublishedWhenItsTextWentPublicByAnyRoute() {
        PostRef saved = commands.create(ada, draft("Saved", "a", Set.of(), List.of()), false);
        commands.publish(ada, saved.id());
        PostRef savedPublished = commands.create(ada, draft("Out at once", "b", Set.of(), List.of()), true);
        PostRef scheduled = commands.create(ada, draft("Later", "c", Set.of(), List.of()), false);
        jdbc.update("update posts set status = 'scheduled', scheduled_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), scheduled.id());
        publishing.publishNextDue();

        for (PostRef post : List.of(saved, savedPublished, scheduled)) {
            assertThat(listed(post.id())).singleElement().satisfies(revision -> assertThat(revision.published()).isTrue());
        }
    }

    @Test
    void compareShowsTheLinesAddedAndRemovedFromTheOlderToTheNewer() {
        PostRef post = commands.create(ada, draft("Title", "alpha\nbeta\ngamma", Set.of(), List.of("x")), false);
        commands.update(ada, post.id(), 0, draft("Title", "alpha\nBETA\ngamma\ndelta", Set.of(), List.of("x", "y")), false);

        RevisionComparison comparison = revisions.compare(ada, RevisionOf.post(post.id()), 2, 1, ENGLISH);

        assertThat(comparison.subjectTitle()).isEqualTo("Title");
        assertThat(comparison.older().number()).isEqualTo(1);
        assertThat(comparison.newer().number()).isEqualTo(2);
        assertThat(comparison.lines()).filteredOn(line -> line.change() == Change.REMOVED).extracting(DiffLine::text)
                .containsExactly("Tags: x", "beta");
        assertThat(comparison.lines()).filteredOn(line -> line.change() == Change.ADDED).extracting(DiffLine::text)
                .containsExactly("Tags: x, y", "BETA", "delta");
        assertThat(comparison.identical()).isFalse();
        assertThat(revisions.compare(ada, RevisionOf.post(post.id()), 1, 1, ENGLISH).identical()).isTrue();
    }

    @Test
    void aDeletedCategoryIsLeftOutOfARestoreAndNamedSoInACompare() {
        UUID gone = categories.create(ADMIN_FOR_CATEGORIES, "Gone", null).id();
        PostRef post = commands.create(ada, draft("Title", "Text", Set.of(gone), List.of()), false);
        commands.update(ada, post.id(), 0, draft("Title", "Text", Set.of(), List.of()), false);
        categories.delete(ADMIN_FOR_CATEGORIES, gone);

        assertThat(revisions.revision(ada, RevisionOf.post(post.id()), 1).categoryIds()).isEmpty();
        assertThat(revisions.compare(ada, RevisionOf.post(post.id()), 1, 2, ENGLISH).lines()).extracting(DiffLine::text)
                .contains("Categories: (a deleted category)");
    }

    @Test
    void pagesKeepRevisionsToo() {
        Actor admin = new Actor(withRole(jdbc, "Root", Role.ADMIN), Role.ADMIN);
        UUID page = pageCommands.create(admin, new PageDraft("About", null, "We write."), true).id();
        pageCommands.update(admin, page, 0, new PageDraft("About us", null, "We write a lot."), false);

        List<RevisionSummary> pageRevisions = revisions.list(admin, RevisionOf.page(page), PageRequest.of(1, 10)).revisions().items();
        assertThat(pageRevisions).extracting(RevisionSummary::title).containsExactly("About us", "About");
        assertThat(revisions.list(admin, RevisionOf.page(page), PageRequest.of(1, 10)).subjectTitle()).isEqualTo("About us");
        assertThat(pageRevisions).extracting(RevisionSummary::published).containsExactly(true, true);
        assertThat(revisions.compare(admin, RevisionOf.page(page), 1, 2, ENGLISH).lines()).extracting(DiffLine::text)
                .doesNotContain("Tags: ").contains("Title: About", "Title: About us");
        assertThatThrownBy(() -> revisions.list(ada, RevisionOf.page(page), PageRequest.of(1, 10)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> revisions.list(admin, RevisionOf.page(UUID.randomUUID()), PageRequest.of(1, 10)))
                .isInstanceOf(PageNotFoundException.class);
    }

    @Test
    void onlyThoseWhoMayEditThePostReadItsRevisions() {
        PostRef post = commands.create(ada, draft("Mine", "Text", Set.of(), List.of()), false);
        Actor bob = new Actor(author(jdbc, "Bob"), Role.USER);
        Actor editor = new Actor(withRole(jdbc, "Eve", Role.EDITOR), Role.EDITOR);

        assertThatThrownBy(() -> revisions.list(bob, RevisionOf.post(post.id()), PageRequest.of(1, 10)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> revisions.revision(bob, RevisionOf.post(post.id()), 1)).isInstanceOf(NotAllowedException.class);
        assertThat(revisions.list(editor, RevisionOf.post(post.id()), PageRequest.of(1, 10)).revisions().items()).hasSize(1);
    }

    @Test
    void aRevisionOfADeletedPostOrOneNeverMadeIsNotFound() {
        PostRef post = commands.create(ada, draft("Soon gone", "Text", Set.of(), List.of()), false);

        assertThatThrownBy(() -> revisions.revision(ada, RevisionOf.post(post.id()), 9)).isInstanceOf(RevisionNotFoundException.class);
        commands.delete(ada, post.id());
        assertThatThrownBy(() -> revisions.revision(ada, RevisionOf.post(post.id()), 1)).isInstanceOf(PostNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from revisions where post_id = ?", Integer.class, post.id())).isZero();
    }

    @Test
    void theNewest50AndEveryPublishedRevisionAreKeptAndTheRestPrunedInTheBackground() {
        PostRef post = commands.create(ada, draft("Title", "save 1", Set.of(), List.of()), false);
        commands.update(ada, post.id(), version(post.id()), draft("Title", "save 2", Set.of(), List.of()), true);
        int saves = PostLimits.REVISIONS_KEPT + 10;
        commands.returnToDraft(ada, post.id());
        for (int n = 3; n <= saves; n++) {
            commands.update(ada, post.id(), version(post.id()), draft("Title", "save " + n, Set.of(), List.of()), false);
        }

        int pruned = cleanup.pruneRevisions();

        List<RevisionSummary> kept = listed(post.id());
        assertThat(pruned).isEqualTo(saves - PostLimits.REVISIONS_KEPT - 1);
        assertThat(kept).hasSize(PostLimits.REVISIONS_KEPT + 1);
        assertThat(kept.get(0).number()).isEqualTo(saves);
        assertThat(kept).filteredOn(RevisionSummary::published).extracting(RevisionSummary::number).containsExactly(2);
        assertThat(kept).extracting(RevisionSummary::number).doesNotContain(1, 3, 10);
    }

    @Test
    void theBackgroundCleanUpPrunesAndForgetsWhoEditedADayAgoAndExpiredLinks() {
        PostRef post = commands.create(ada, draft("Title", "save 1", Set.of(), List.of()), false);
        for (int n = 2; n <= PostLimits.REVISIONS_KEPT + 2; n++) {
            commands.update(ada, post.id(), version(post.id()), draft("Title", "save " + n, Set.of(), List.of()), false);
        }
        jdbc.update("insert into post_editors (post_id, user_id, seen_at) values (?, ?, now() - interval '2 days')",
                post.id(), ada.userId());
        jdbc.update("insert into post_preview_links (post_id, token_hash, created_by, created_at, expires_at)"
                + " values (?, sha256('x'::bytea), ?, now() - interval '8 days', now() - interval '1 day')", post.id(), ada.userId());

        scheduler.clean();

        assertThat(listed(post.id())).hasSize(PostLimits.REVISIONS_KEPT);
        assertThat(jdbc.queryForObject("select count(*) from post_editors", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from post_preview_links", Integer.class)).isZero();
    }
}
