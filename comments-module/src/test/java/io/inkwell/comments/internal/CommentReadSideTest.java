package io.inkwell.comments.internal;

import static io.inkwell.comments.test.CommentRows.pathOf;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.comments.test.CommentRows.topLevelComments;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentAuthoring;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentModeration;
import io.inkwell.comments.CommentNotFoundException;
import io.inkwell.comments.CommentThread;
import io.inkwell.comments.CommentThreads;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.DailyCommentCount;
import io.inkwell.comments.ThreadComment;
import io.inkwell.comments.ThreadCursor;
import io.inkwell.db.test.StatementCounter;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
class CommentReadSideTest {

    @Autowired
    CommentThreads threads;

    @Autowired
    CommentModeration moderation;

    @Autowired
    CommentAuthoring authoring;

    @Autowired
    CommentCommands commands;

    @Autowired
    SqlSessionFactory sessions;

    StatementCounter statements;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;
    Actor bob;
    UUID post;

    @BeforeEach
    void givenAPost() {
        statements = StatementCounter.installedIn(sessions);
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        bob = new Actor(author(jdbc, "Bob"), Role.USER);
        post = publishedPost(jdbc);
    }

    @Test
    void aThreadNamesItsAuthorsAndRendersItsText() {
        UUID top = commands.add(ada, new AddComment(post, null, "<b>Hi</b>\nsee https://example.com")).id();
        commands.add(bob, new AddComment(post, top, "Reply"));

        CommentThread thread = threads.threadOf(post);

        assertThat(thread.comments()).extracting(ThreadComment::authorName).containsExactly("Ada", "Bob");
        assertThat(thread.comments()).extracting(ThreadComment::depth).containsExactly(0, 1);
        ThreadComment first = thread.comments().get(0);
        assertThat(first.html()).isEqualTo("&lt;b&gt;Hi&lt;/b&gt;<br>\nsee <a href=\"https://example.com\" rel=\"nofollow ugc\">https://example.com</a>");
        assertThat(first.text()).isEqualTo("<b>Hi</b>\nsee https://example.com");
        assertThat(first.hasReplies()).isTrue();
        assertThat(first.isWrittenBy(ada.userId())).isTrue();
        assertThat(first.isWrittenBy(bob.userId())).isFalse();
    }

    @Test
    void twoThousandCommentsComeAHundredAPageEachPageOneStatementForTheThreadAndOneForTheAuthors() {
        CommentMapperTest.insertBigThread(jdbc, post, bob.userId());

        statements.reset();
        CommentThread first = threads.threadOf(post);

        assertThat(statements.count()).isEqualTo(2);
        assertThat(first.size()).isEqualTo(CommentThreads.PAGE_SIZE);
        assertThat(first.hasMore()).isTrue();

        List<ThreadComment> all = new ArrayList<>(first.comments());
        CommentThread page = first;
        while (page.hasMore()) {
            page = threads.threadOf(post, Optional.of(page.next()), null);
            all.addAll(page.comments());
        }
        assertThat(all).hasSize(2000).extracting(ThreadComment::id).doesNotHaveDuplicates();
        assertThat(all).extracting(ThreadComment::depth).containsOnly(0, 1, 2);
    }

    @Test
    void aContinuationStartsRightAfterTheCursorWithDepthsCountedFromTheTopLevel() {
        UUID top = commands.add(ada, new AddComment(post, null, "Top")).id();
        UUID middle = commands.add(bob, new AddComment(post, top, "Middle")).id();
        UUID lower = commands.add(ada, new AddComment(post, middle, "Lower")).id();
        UUID later = commands.add(bob, new AddComment(post, null, "Later")).id();

        CommentThread rest = threads.threadOf(post, Optional.of(new ThreadCursor(pathOf(jdbc, middle))), null);

        assertThat(rest.comments()).extracting(ThreadComment::id).containsExactly(lower, later);
        assertThat(rest.comments()).extracting(ThreadComment::depth).containsExactly(2, 0);
        assertThat(rest.comments().get(0).parentId()).isEqualTo(middle);
        assertThat(rest.hasMore()).isFalse();
    }

    @Test
    void theLastCommentOfAFullPageKnowsItHasRepliesOnTheNextPage() {
        topLevelComments(jdbc, post, author(jdbc, "Crowd"), 99);
        UUID hundredth = commands.add(ada, new AddComment(post, null, "The hundredth")).id();
        UUID reply = commands.add(bob, new AddComment(post, hundredth, "On the next page")).id();

        CommentThread first = threads.threadOf(post);
        CommentThread second = threads.threadOf(post, Optional.of(first.next()), null);

        assertThat(first.comments()).hasSize(100).last().satisfies(last -> {
            assertThat(last.id()).isEqualTo(hundredth);
            assertThat(last.hasReplies()).isTrue();
        });
        assertThat(second.comments()).extracting(ThreadComment::id).containsExactly(reply);
        assertThat(second.comments().get(0).depth()).isEqualTo(1);
    }

    @Test
    void suspendedAndDeletedAuthorsKeepTheirCommentsAndNames() {
        commands.add(bob, new AddComment(post, null, "Before I left"));
        jdbc.update("update users set status = 'deleted' where id = ?", bob.userId());

        assertThat(threads.threadOf(post).comments()).extracting(ThreadComment::authorName).containsExactly("Bob");
    }

    @Test
    void aPlaceholderShowsNeitherAuthorNorText() {
        UUID top = commands.add(ada, new AddComment(post, null, "Regrets")).id();
        commands.add(bob, new AddComment(post, top, "Reply"));
        commands.delete(ada, top);

        ThreadComment placeholder = threads.threadOf(post).comments().get(0);

        assertThat(placeholder.deleted()).isTrue();
        assertThat(placeholder.authorName()).isNull();
        assertThat(placeholder.text()).isEmpty();
        assertThat(authoring.forEditing(ada, top)).isEmpty();
    }

    @Test
    void aSubtreeStartsAtItsCommentWithDepthZero() {
        UUID top = commands.add(ada, new AddComment(post, null, "Top")).id();
        UUID middle = commands.add(bob, new AddComment(post, top, "Middle")).id();
        UUID lower = commands.add(ada, new AddComment(post, middle, "Lower")).id();
        commands.add(ada, new AddComment(post, top, "Sibling"));

        CommentThread subtree = threads.subtreeOf(middle);

        assertThat(subtree.postId()).isEqualTo(post);
        assertThat(subtree.comments()).extracting(ThreadComment::id).containsExactly(middle, lower);
        assertThat(subtree.comments()).extracting(ThreadComment::depth).containsExactly(0, 1);
        assertThat(subtree.hasMore()).isFalse();
        assertThatThrownBy(() -> threads.subtreeOf(UUID.randomUUID())).isInstanceOf(CommentNotFoundException.class);
    }

    @Test
    void aBigSubtreeIsPagedWithinItselfAndAForeignCursorMeansItsFirstPage() {
        UUID top = commands.add(ada, new AddComment(post, null, "Top")).id();
        jdbc.update("insert into comments (post_id, author_id, parent_id, content) select ?, ?, ?, 'Reply ' || n"
                + " from generate_series(1, 150) n", post, bob.userId(), top);
        commands.add(ada, new AddComment(post, null, "Next branch"));
        UUID elsewhere = commands.add(ada, new AddComment(publishedPost(jdbc), null, "Elsewhere")).id();

        CommentThread first = threads.subtreeOf(top);
        CommentThread second = threads.subtreeOf(top, Optional.of(first.next()), null);
        CommentThread foreign = threads.subtreeOf(top, Optional.of(new ThreadCursor(pathOf(jdbc, elsewhere))), null);

        assertThat(first.comments()).hasSize(100).first().extracting(ThreadComment::id).isEqualTo(top);
        assertThat(second.comments()).hasSize(51).extracting(ThreadComment::depth).containsOnly(1);
        assertThat(second.comments()).extracting(ThreadComment::text).doesNotContain("Next branch");
        assertThat(second.hasMore()).isFalse();
        assertThat(foreign.comments()).extracting(ThreadComment::id).isEqualTo(first.comments().stream().map(ThreadComment::id).toList());
    }

    @Test
    void aCommentOnTheFirstPageNeedsNoCursorAndALaterOneGetsThePageThatStartsWithIt() {
        topLevelComments(jdbc, post, author(jdbc, "Crowd"), 99);
        UUID hundredth = commands.add(ada, new AddComment(post, null, "The hundredth")).id();
        UUID hundredFirst = commands.add(bob, new AddComment(post, hundredth, "The hundred and first")).id();

        assertThat(threads.pageShowing(hundredth)).isEmpty();
        ThreadCursor cursor = threads.pageShowing(hundredFirst).orElseThrow();

        assertThat(cursor.path()).isEqualTo(pathOf(jdbc, hundredth));
        assertThat(threads.threadOf(post, Optional.of(cursor), null).comments()).first().extracting(ThreadComment::id)
                .isEqualTo(hundredFirst);
        assertThat(threads.pageShowing(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theEditFormGetsOneLiveCommentWithItsAuthor() {
        UUID id = commands.add(bob, new AddComment(post, null, "Findable")).id();

        ThreadComment found = authoring.forEditing(bob, id).orElseThrow();

        assertThat(found.text()).isEqualTo("Findable");
        assertThat(found.authorName()).isEqualTo("Bob");
        assertThat(authoring.forEditing(bob, UUID.randomUUID())).isEmpty();
    }

    @Test
    void countsPerDayIncludeQuietDays() {
        commands.add(ada, new AddComment(post, null, "Today"));
        commands.add(bob, new AddComment(post, null, "Also today"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        List<DailyCommentCount> days = moderation.perDay(today.minusDays(6), today);

        assertThat(days).hasSize(7);
        assertThat(days.get(0)).isEqualTo(new DailyCommentCount(today.minusDays(6), 0));
        assertThat(days.get(6).day()).isEqualTo(today);
        assertThat(days.get(6).comments()).isGreaterThanOrEqualTo(2);
    }
}
