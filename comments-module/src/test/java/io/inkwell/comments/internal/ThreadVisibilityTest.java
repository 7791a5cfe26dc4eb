package io.inkwell.comments.internal;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.comments.test.CommentRows.guestComment;
import static io.inkwell.comments.test.CommentRows.hideThread;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.comments.test.CommentRows.withheld;
import static io.inkwell.users.test.UserRows.author;
import static io.inkwell.users.test.UserRows.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.CommentNotFoundException;
import io.inkwell.comments.CommentThread;
import io.inkwell.comments.CommentThreads;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.ThreadComment;
import io.inkwell.comments.ThreadStatus;
import io.inkwell.db.test.StatementCounter;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees what of a thread: readers the approved comments outside hidden threads, an author also their own
 * comments awaiting moderation (marked so), a moderator every held, waiting and hidden one; spam stays in the queue.
 */
@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
class ThreadVisibilityTest {

    @Autowired
    CommentThreads threads;

    @Autowired
    SiteSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlSessionFactory sessions;

    Actor ada;
    Actor bob;
    Actor admin;
    UUID post;
    UUID shown;
    UUID held;
    UUID waitingReply;
    UUID spam;
    UUID hiddenTop;
    UUID hiddenReply;

    @BeforeEach
    void givenAThreadWithCommentsInEveryStanding() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        bob = new Actor(author(jdbc, "Bob"), Role.USER);
        admin = new Actor(withRole(jdbc, "Root", Role.ADMIN), Role.ADMIN);
        post = publishedPost(jdbc);
        shown = comment(jdbc, post, ada.userId(), null, "Shown");
        held = withheld(jdbc, post, bob.userId(), null, "Bob's first", "held", "first_comment");
        waitingReply = comment(jdbc, post, bob.userId(), held, "Bob adds");
        spam = withheld(jdbc, post, bob.userId(), null, "Bob's spam", "spam", "honeypot");
        hiddenTop = comment(jdbc, post, bob.userId(), null, "Hidden");
        hiddenReply = comment(jdbc, post, ada.userId(), hiddenTop, "Hidden reply");
        hideThread(jdbc, hiddenTop);
    }

    @AfterTransaction
    void forgetThePolicy() {
        SitePolicy.forget(settings);
    }

    static java.util.List<UUID> ids(CommentThread thread) {
        return thread.comments().stream().map(ThreadComment::id).toList();
    }

    @Test
    void anonymousReadersSeeWhatIsApprovedOutsideHiddenThreads() {
        assertThat(ids(threads.threadOf(post, Optional.empty(), null))).containsExactly(shown);
        assertThat(ids(threads.threadOf(post, Optional.empty(), ada))).containsExactly(shown);
    }

    @Test
    void anAuthorAlsoSeesTheirOwnCommentsAwaitingModerationMarkedSo() {
        CommentThread thread = threads.threadOf(post, Optional.empty(), bob);

        assertThat(ids(thread)).containsExactly(shown, held, waitingReply, spam);
        assertThat(thread.comments()).filteredOn(ThreadComment::awaitingModeration).extracting(ThreadComment::id)
                .containsExactly(held, waitingReply, spam);
    }

    @Test
    void aModeratorSeesHeldWaitingAndHiddenCommentsButNotSpam() {
        CommentThread thread = threads.threadOf(post, Optional.empty(), admin);

        assertThat(ids(thread)).containsExactly(shown, held, waitingReply, hiddenTop, hiddenReply);
        assertThat(thread.comments()).filteredOn(ThreadComment::hidden).extracting(ThreadComment::id)
                .containsExactly(hiddenTop, hiddenReply);
    }

    @Test
    void eachViewOfAThreadIsOneStatementPlusItsAuthors() {
        StatementCounter statements = StatementCounter.installedIn(sessions);
        statements.reset();

        threads.threadOf(post, Optional.empty(), admin);

        assertThat(statements.count()).isEqualTo(2);
    }

    @Test
    void aCommentNobodyMaySeeHasNoSubtreeForThem() {
        assertThatThrownBy(() -> threads.subtreeOf(held, Optional.empty(), ada)).isInstanceOf(CommentNotFoundException.class);
        assertThatThrownBy(() -> threads.subtreeOf(hiddenTop, Optional.empty(), bob)).isInstanceOf(CommentNotFoundException.class);
        assertThatThrownBy(() -> threads.subtreeOf(spam, Optional.empty(), admin)).isInstanceOf(CommentNotFoundException.class);

        assertThat(ids(threads.subtreeOf(held, Optional.empty(), bob))).containsExactly(held, waitingReply);
        assertThat(ids(threads.subtreeOf(hiddenTop, Optional.empty(), admin))).containsExactly(hiddenTop, hiddenReply);
    }

    @Test
    void aGuestSignsWithTheirOwnName() {
        guestComment(jdbc, post, "Grace", "grace@example.com", "From outside");

        assertThat(threads.threadOf(post).comments()).extracting(ThreadComment::authorName).containsExactly("Ada", "Grace");
    }

    @Test
    void thePostsStatusCountsWhatReadersSeeAndSaysWhetherItTakesComments() {
        UUID closedByItsAuthor = publishedPost(jdbc);
        jdbc.update("insert into post_comments_closed (post_id, closed_by) values (?, ?)", closedByItsAuthor, ada.userId());

        assertThat(threads.statusOf(post)).isEqualTo(new ThreadStatus(1, true, false, false));
        assertThat(threads.statusOf(post).open()).isTrue();
        assertThat(threads.statusOf(closedByItsAuthor)).isEqualTo(new ThreadStatus(0, true, true, false));
        assertThat(threads.statusOf(closedByItsAuthor).open()).isFalse();
    }

    @Test
    void closedSiteWideNoPostTakesComments() {
        SitePolicy.approval(jdbc, settings, "closed");

        assertThat(threads.statusOf(post)).isEqualTo(new ThreadStatus(1, true, false, true));
        assertThat(threads.statusOf(post).open()).isFalse();
    }
}
