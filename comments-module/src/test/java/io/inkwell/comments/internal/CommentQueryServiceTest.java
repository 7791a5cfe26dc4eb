package io.inkwell.comments.internal;

import static io.inkwell.comments.internal.CommentFixtures.author;
import static io.inkwell.comments.internal.CommentFixtures.publishedPost;
import static io.inkwell.comments.internal.CommentFixtures.slug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentListing;
import io.inkwell.comments.CommentNotFoundException;
import io.inkwell.comments.CommentThread;
import io.inkwell.comments.CommentThreads;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.DailyCommentCount;
import io.inkwell.comments.StatementCounter;
import io.inkwell.comments.ThreadComment;
import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
class CommentQueryServiceTest {

    @Autowired
    CommentThreads threads;

    @Autowired
    CommentCommands commands;

    @Autowired
    StatementCounter statements;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;
    Actor bob;
    UUID post;

    @BeforeEach
    void givenAPost() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        bob = new Actor(author(jdbc, "Bob"), Role.USER);
        post = publishedPost(jdbc, ada.userId(), slug());
    }

    @Test
    void aThreadNamesItsAuthorsAndRendersItsText() {
        UUID top = commands.add(ada, new AddComment(post, null, "<b>Hi</b>\nsee https://example.com"));
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
    void twoThousandCommentsTakeOneStatementForTheThreadAndOneForTheAuthors() {
        CommentMapperTest.insertBigThread(jdbc, post, bob.userId());

        statements.reset();
        CommentThread thread = threads.threadOf(post);

        assertThat(statements.count()).isEqualTo(2);
        assertThat(thread.size()).isEqualTo(2000);
        assertThat(thread.comments()).extracting(ThreadComment::depth).containsOnly(0, 1, 2);
    }

    @Test
    void suspendedAndDeletedAuthorsKeepTheirCommentsAndNames() {
        commands.add(bob, new AddComment(post, null, "Before I left"));
        jdbc.update("update users set status = 'deleted' where id = ?", bob.userId());

        assertThat(threads.threadOf(post).comments()).extracting(ThreadComment::authorName).containsExactly("Bob");
    }

    @Test
    void aPlaceholderShowsNeitherAuthorNorText() {
        UUID top = commands.add(ada, new AddComment(post, null, "Regrets"));
        commands.add(bob, new AddComment(post, top, "Reply"));
        commands.delete(ada, top);

        ThreadComment placeholder = threads.threadOf(post).comments().get(0);

        assertThat(placeholder.deleted()).isTrue();
        assertThat(placeholder.authorName()).isNull();
        assertThat(placeholder.text()).isEmpty();
        assertThat(threads.find(top)).isEmpty();
    }

    @Test
    void aSubtreeStartsAtItsCommentWithDepthZero() {
        UUID top = commands.add(ada, new AddComment(post, null, "Top"));
        UUID middle = commands.add(bob, new AddComment(post, top, "Middle"));
        UUID lower = commands.add(ada, new AddComment(post, middle, "Lower"));
        commands.add(ada, new AddComment(post, top, "Sibling"));

        CommentThread subtree = threads.subtreeOf(middle);

        assertThat(subtree.postId()).isEqualTo(post);
        assertThat(subtree.comments()).extracting(ThreadComment::id).containsExactly(middle, lower);
        assertThat(subtree.comments()).extracting(ThreadComment::depth).containsExactly(0, 1);
        assertThatThrownBy(() -> threads.subtreeOf(UUID.randomUUID())).isInstanceOf(CommentNotFoundException.class);
    }

    @Test
    void findGivesOneLiveCommentWithItsAuthor() {
        UUID id = commands.add(bob, new AddComment(post, null, "Findable"));

        ThreadComment found = threads.find(id).orElseThrow();

        assertThat(found.text()).isEqualTo("Findable");
        assertThat(found.authorName()).isEqualTo("Bob");
        assertThat(threads.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void latestCommentsArePagedAndCounted() {
        for (int i = 0; i < 5; i++) {
            commands.add(i % 2 == 0 ? ada : bob, new AddComment(post, null, "Comment " + i));
        }

        Page<CommentListing> page = threads.latest(new PageRequest(2, 2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.totalItems()).isGreaterThanOrEqualTo(5);
        assertThat(page.hasNext()).isTrue();
        assertThat(threads.byAuthor(bob.userId(), PageRequest.first(10)).items())
                .extracting(CommentListing::text).containsExactly("Comment 3", "Comment 1");
        assertThat(threads.byAuthor(bob.userId(), PageRequest.first(10)).items())
                .extracting(CommentListing::authorName).containsOnly("Bob");
    }

    @Test
    void countsPerDayIncludeQuietDays() {
        commands.add(ada, new AddComment(post, null, "Today"));
        commands.add(bob, new AddComment(post, null, "Also today"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        List<DailyCommentCount> days = threads.perDay(today.minusDays(6), today);

        assertThat(days).hasSize(7);
        assertThat(days.get(0)).isEqualTo(new DailyCommentCount(today.minusDays(6), 0));
        assertThat(days.get(6).day()).isEqualTo(today);
        assertThat(days.get(6).comments()).isGreaterThanOrEqualTo(2);
    }
}
