package io.inkwell.comments.internal;

import static io.inkwell.comments.internal.CommentRowValues.comment;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.db.test.StatementCounter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
class CommentMapperTest {

    @Autowired
    CommentMapper comments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlSessionFactory sessions;

    StatementCounter statements;

    UUID bob;
    UUID post;

    @BeforeEach
    void givenAPublishedPost() {
        statements = StatementCounter.installedIn(sessions);
        bob = author(jdbc, "Bob");
        post = publishedPost(jdbc);
    }

    @Test
    void insertGetsItsPathFromTheDatabase() {
        CommentRow first = comment(post, bob, null, "First!");
        CommentRow reply = comment(post, bob, first.id(), "A reply");

        comments.insert(first);
        comments.insert(reply);

        CommentRow top = comments.selectById(first.id()).orElseThrow();
        CommentRow child = comments.selectById(reply.id()).orElseThrow();
        assertThat(top.path()).hasSize(7);
        assertThat(child.path()).startsWith(top.path()).hasSize(14);
        assertThat(child.parentId()).isEqualTo(first.id());
        assertThat(comments.selectById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void updateMarksEditsAndDeletions() {
        CommentRow first = comment(post, bob, null, "Typo");
        comments.insert(first);

        comments.update(CommentRowValues.row(first.id(), post, bob, null, null, "Fixed", true, null, null, null));
        assertThat(comments.selectById(first.id()).orElseThrow().isEdited()).isTrue();

        Instant now = Instant.now();
        comments.update(CommentRowValues.row(first.id(), post, bob, null, null, "", true, now, null, null));
        CommentRow deleted = comments.selectById(first.id()).orElseThrow();
        assertThat(deleted.deletedAt()).isNotNull();
        assertThat(deleted.content()).isEmpty();
    }

    @Test
    void deleteById() {
        CommentRow first = comment(post, bob, null, "Soon gone");
        comments.insert(first);

        assertThat(comments.deleteById(first.id())).isEqualTo(1);
        assertThat(comments.selectById(first.id())).isEmpty();
    }

    @Test
    void countsForManyPostsInOneQueryLeaveDeletedOut() {
        UUID quiet = publishedPost(jdbc);
        UUID emptied = publishedPost(jdbc);
        CommentRow kept = comment(post, bob, null, "Kept");
        comments.insert(kept);
        comments.insert(comment(post, bob, kept.id(), "Also kept"));
        CommentRow gone = comment(post, bob, null, "Gone");
        comments.insert(gone);
        jdbc.update("update comments set deleted_at = now(), content = '' where id = ?", gone.id());
        CommentRow once = comment(emptied, bob, null, "Once");
        comments.insert(once);
        comments.deleteById(once.id());

        statements.reset();
        List<PostCommentCount> counts = comments.countByPostIds(List.of(post, quiet, emptied));

        assertThat(statements.count()).isEqualTo(1);
        assertThat(counts).as("a counter back at 0 is left out like a post never commented")
                .containsExactly(new PostCommentCount(post, 2));
    }

    @Test
    void countOfOnePostReadsTheCounterAndIsZeroWithoutOne() {
        UUID quiet = publishedPost(jdbc);
        CommentRow kept = comment(post, bob, null, "Kept");
        comments.insert(kept);
        comments.insert(comment(post, bob, kept.id(), "Also kept"));

        assertThat(comments.countByPostId(post)).isEqualTo(2);
        assertThat(comments.countByPostId(quiet)).isZero();
        assertThat(comments.countByPostId(UUID.randomUUID())).isZero();
    }

    @Test
    void aThreadComesInReplyOrderEightLevelsDeepWhateverOrderTheRepliesWereWrittenIn() {
        // given replies written in an interleaved order across branches, down to depth 8
        Random random = new Random(42);
        Map<UUID, List<UUID>> children = new LinkedHashMap<>();
        List<UUID> roots = new ArrayList<>();
        List<UUID> all = new ArrayList<>();
        UUID deepest = null;
        for (int i = 0; i < 60; i++) {
            UUID parent = null;
            if (i % 6 == 5 && deepest != null) {
                parent = deepest;
            } else if (!all.isEmpty() && random.nextInt(4) > 0) {
                parent = all.get(random.nextInt(all.size()));
            }
            CommentRow row = comment(post, bob, parent, "c" + i);
            comments.insert(row);
            all.add(row.id());
            children.put(row.id(), new ArrayList<>());
            if (parent == null) {
                roots.add(row.id());
            } else {
                children.get(parent).add(row.id());
            }
            if (parent == deepest || deepest == null) {
                deepest = row.id();
            }
        }
        List<UUID> expected = new ArrayList<>();
        roots.forEach(root -> depthFirst(root, children, expected));

        // when
        List<CommentRow> thread = comments.selectThreadPage(post, null, null, 100, null, false);

        // then
        assertThat(thread).extracting(CommentRow::id).containsExactlyElementsOf(expected);
        assertThat(thread).extracting(row -> ThreadAssembler.depthOf(row.path())).contains(8);
    }

    private static void depthFirst(UUID id, Map<UUID, List<UUID>> children, List<UUID> into) {
        into.add(id);
        children.get(id).forEach(child -> depthFirst(child, children, into));
    }

    @Test
    void aSubtreeIsItsRootAndEverythingBelowItOnlyAndPagesOnWithinIt() {
        CommentRow a = comment(post, bob, null, "a");
        CommentRow b = comment(post, bob, null, "b");
        comments.insert(a);
        comments.insert(b);
        CommentRow a1 = comment(post, bob, a.id(), "a1");
        comments.insert(a1);
        CommentRow b1 = comment(post, bob, b.id(), "b1");
        comments.insert(b1);
        CommentRow a1x = comment(post, bob, a1.id(), "a1x");
        comments.insert(a1x);
        CommentRow a1y = comment(post, bob, a1.id(), "a1y");
        comments.insert(a1y);
        CommentRow a2 = comment(post, bob, a.id(), "a2");
        comments.insert(a2);

        String a1Path = comments.selectById(a1.id()).orElseThrow().path();
        String a1xPath = comments.selectById(a1x.id()).orElseThrow().path();

        assertThat(comments.selectThreadPage(post, a1Path, null, 10, null, false)).extracting(CommentRow::id)
                .containsExactly(a1.id(), a1x.id(), a1y.id());
        assertThat(comments.selectThreadPage(post, a1Path, null, 2, null, false)).extracting(CommentRow::id)
                .containsExactly(a1.id(), a1x.id());
        assertThat(comments.selectThreadPage(post, a1Path, a1xPath, 10, null, false)).extracting(CommentRow::id)
                .as("after a1x: its sibling, and not a2 of the next branch").containsExactly(a1y.id());
    }

    @Test
    void aThreadPageContinuesRightAfterTheGivenPathWhateverItsDepth() {
        CommentRow a = comment(post, bob, null, "a");
        comments.insert(a);
        CommentRow a1 = comment(post, bob, a.id(), "a1");
        comments.insert(a1);
        CommentRow b = comment(post, bob, null, "b");
        comments.insert(b);
        CommentRow a1x = comment(post, bob, a1.id(), "a1x");
        comments.insert(a1x);
        CommentRow a2 = comment(post, bob, a.id(), "a2");
        comments.insert(a2);
        UUID other = publishedPost(jdbc);
        comments.insert(comment(other, bob, null, "elsewhere"));
        String a1Path = comments.selectById(a1.id()).orElseThrow().path();

        statements.reset();
        List<CommentRow> first = comments.selectThreadPage(post, null, null, 2, null, false);
        List<CommentRow> second = comments.selectThreadPage(post, null, a1Path, 2, null, false);
        List<CommentRow> rest = comments.selectThreadPage(post, null, a1Path, 10, null, false);

        assertThat(statements.count()).isEqualTo(3);
        assertThat(first).extracting(CommentRow::id).containsExactly(a.id(), a1.id());
        assertThat(second).extracting(CommentRow::id).containsExactly(a1x.id(), a2.id());
        assertThat(rest).extracting(CommentRow::id).containsExactly(a1x.id(), a2.id(), b.id());
    }

    @Test
    void twoThousandCommentsArePagedAndEveryPageIsOneStatement() {
        // given 2,000 comments three levels deep, written set-based
        insertBigThread(post, bob);

        // when every page is read after the last path of the previous one
        List<CommentRow> all = new ArrayList<>();
        String after = null;
        int pages = 0;
        statements.reset();
        List<CommentRow> page;
        do {
            page = comments.selectThreadPage(post, null, after, 101, null, false);
            all.addAll(page.subList(0, Math.min(100, page.size())));
            after = page.isEmpty() ? after : page.get(Math.min(100, page.size()) - 1).path();
            pages++;
        } while (page.size() > 100);

        // then
        assertThat(pages).isEqualTo(20);
        assertThat(statements.count()).isEqualTo(20);
        assertThat(all).hasSize(2000).extracting(CommentRow::path).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void thePositionCountsAtMostLimitPrecedingCommentsAndNamesTheOneRightBefore() {
        CommentRow a = comment(post, bob, null, "a");
        comments.insert(a);
        CommentRow a1 = comment(post, bob, a.id(), "a1");
        comments.insert(a1);
        CommentRow b = comment(post, bob, null, "b");
        comments.insert(b);
        CommentRow a2 = comment(post, bob, a.id(), "a2");
        comments.insert(a2);
        String a1Path = comments.selectById(a1.id()).orElseThrow().path();
        String a2Path = comments.selectById(a2.id()).orElseThrow().path();

        assertThat(comments.selectPosition(a.id(), 100)).isEqualTo(new ThreadPosition(null, 0));
        assertThat(comments.selectPosition(a2.id(), 100)).isEqualTo(new ThreadPosition(a1Path, 2));
        assertThat(comments.selectPosition(b.id(), 100)).isEqualTo(new ThreadPosition(a2Path, 3));
        assertThat(comments.selectPosition(b.id(), 2)).as("counting stops at the limit").isEqualTo(new ThreadPosition(a2Path, 2));
        assertThat(comments.selectPosition(UUID.randomUUID(), 100)).isEqualTo(new ThreadPosition(null, 0));
    }

    /** 200 top-level comments, 800 replies to them, 1,000 replies to those: three statements. */
    static void insertBigThread(JdbcTemplate jdbc, UUID post, UUID author) {
        jdbc.update("""
                insert into comments (post_id, author_id, content)
                select ?, ?, 'Top ' || n from generate_series(1, 200) n""", post, author);
        jdbc.update("""
                insert into comments (post_id, author_id, parent_id, content)
                select ?, ?, c.id, 'Reply ' || n
                  from (select id, row_number() over (order by path) as r from comments where post_id = ?) c
                  join generate_series(1, 800) n on c.r = 1 + n % 200""", post, author, post);
        jdbc.update("""
                insert into comments (post_id, author_id, parent_id, content)
                select ?, ?, c.id, 'Deeper ' || n
                  from (select id, row_number() over (order by path) as r
                          from comments where post_id = ? and parent_id is not null) c
                  join generate_series(1, 1000) n on c.r = 1 + n % 800""", post, author, post);
    }

    private void insertBigThread(UUID post, UUID author) {
        insertBigThread(jdbc, post, author);
    }

    @Test
    void countsPerUtcDayWithinTheRange() {
        CommentRow a = comment(post, bob, null, "a");
        CommentRow b = comment(post, bob, null, "b");
        CommentRow c = comment(post, bob, null, "c");
        comments.insert(a);
        comments.insert(b);
        comments.insert(c);
        jdbc.update("update comments set created_at = '2026-03-02T23:59:00Z' where id = ?", a.id());
        jdbc.update("update comments set created_at = '2026-03-02T00:00:00Z' where id = ?", b.id());
        jdbc.update("update comments set created_at = '2026-03-04T00:00:00Z' where id = ?", c.id());

        List<DayCount> days = comments.countPerDay(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-04T00:00:00Z"));

        assertThat(days).containsExactly(new DayCount(LocalDate.parse("2026-03-02"), 2));
    }

    @Test
    void repliesPlaceholdersAndTheLastMinute() {
        CommentRow parent = comment(post, bob, null, "parent");
        comments.insert(parent);
        assertThat(comments.hasReplies(parent.id())).isFalse();
        CommentRow child = comment(post, bob, parent.id(), "child");
        comments.insert(child);
        assertThat(comments.hasReplies(parent.id())).isTrue();
        assertThat(comments.hasRepliesBesides(parent.id(), child.id())).isFalse();
        comments.insert(comment(post, bob, parent.id(), "sibling"));
        assertThat(comments.hasRepliesBesides(parent.id(), child.id())).isTrue();

        assertThat(comments.markDeleted(parent.id())).isEqualTo(1);
        assertThat(comments.markDeleted(parent.id())).as("already a placeholder").isZero();
        CommentRow placeholder = comments.selectByIdForUpdate(parent.id()).orElseThrow();
        assertThat(placeholder.content()).isEmpty();
        assertThat(placeholder.deletedAt()).isNotNull();
    }
}
