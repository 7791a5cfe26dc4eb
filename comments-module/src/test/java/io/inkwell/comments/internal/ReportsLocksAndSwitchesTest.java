package io.inkwell.comments.internal;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.comments.test.CommentRows.draftPost;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.comments.test.CommentRows.withheld;
import static io.inkwell.users.test.UserRows.author;
import static io.inkwell.users.test.UserRows.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentModeration;
import io.inkwell.comments.CommentNotFoundException;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentRejectedException.Reason;
import io.inkwell.comments.CommentThreads;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.QueueTab;
import io.inkwell.comments.QueuedComment;
import io.inkwell.comments.ThreadComment;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.transaction.annotation.Transactional;

/** Readers' reports, moderators' locked threads and an author's switch of their post's comments. */
@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
class ReportsLocksAndSwitchesTest {

    @Autowired
    CommentCommands commands;

    @Autowired
    CommentModeration moderation;

    @Autowired
    CommentThreads threads;

    @Autowired
    SiteSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;
    Actor bob;
    Actor cleo;
    Actor admin;
    UUID post;
    UUID adas;

    @BeforeEach
    void givenReadersAnAdminAndAComment() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        bob = new Actor(author(jdbc, "Bob"), Role.GUEST);
        cleo = new Actor(author(jdbc, "Cleo"), Role.GUEST);
        admin = new Actor(withRole(jdbc, "Root", Role.ADMIN), Role.ADMIN);
        post = publishedPost(jdbc);
        adas = comment(jdbc, post, ada.userId(), null, "An opinion");
    }

    @AfterTransaction
    void forgetThePolicy() {
        SitePolicy.forget(settings);
    }

    int reports(UUID comment) {
        return jdbc.queryForObject("select report_count from comments where id = ?", Integer.class, comment);
    }

    @Test
    void aReaderReportsACommentOnce() {
        commands.report(bob, adas);

        assertRejected(() -> commands.report(bob, adas), Reason.NOT_REPORTABLE, "already reported");
        assertThat(reports(adas)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from comment_reports", Integer.class)).isEqualTo(1);
    }

    @Test
    void nobodyReportsTheirOwnComment() {
        assertRejected(() -> commands.report(ada, adas), Reason.NOT_REPORTABLE, "your own comment");

        assertThat(reports(adas)).isZero();
    }

    @Test
    void enoughReportsPutACommentInTheReportedTab() {
        SitePolicy.set(jdbc, settings, "open", false, null, 2, 2);
        commands.report(bob, adas);
        assertThat(moderation.queue(admin, QueueTab.REPORTED, Optional.empty(), null).comments()).isEmpty();

        commands.report(cleo, adas);

        assertThat(moderation.queue(admin, QueueTab.REPORTED, Optional.empty(), null).comments())
                .extracting(QueuedComment::id).containsExactly(adas);
    }

    @Test
    void onlyACommentReadersSeeCanBeReported() {
        UUID held = withheld(jdbc, post, ada.userId(), null, "Held", "held", "links");

        assertThatThrownBy(() -> commands.report(bob, held)).isInstanceOf(CommentNotFoundException.class);
        assertThatThrownBy(() -> commands.report(bob, UUID.randomUUID())).isInstanceOf(CommentNotFoundException.class);
    }

    @Test
    void aLockedThreadTakesNoNewRepliesButItsModeratorsMayStillAnswer() {
        UUID reply = comment(jdbc, post, bob.userId(), adas, "A reply");

        commands.lockThread(admin, adas);

        assertRejected(() -> commands.add(cleo, new AddComment(post, reply, "Me too")), Reason.THREAD_LOCKED, "locked");
        assertThat(commands.add(admin, new AddComment(post, reply, "Let us leave it here")).awaitingModeration()).isFalse();
        assertThat(threads.threadOf(post).comments()).allSatisfy(comment -> assertThat(comment.locked()).isTrue())
                .filteredOn(ThreadComment::lockedHere).extracting(ThreadComment::id).containsExactly(adas);
        assertThat(commands.add(cleo, new AddComment(post, null, "A new thread")).awaitingModeration()).isFalse();
    }

    @Test
    void aThreadIsUnlockedWhereItWasLockedOnly() {
        UUID reply = comment(jdbc, post, bob.userId(), adas, "A reply");
        commands.lockThread(admin, adas);

        assertRejected(() -> commands.lockThread(admin, reply), Reason.THREAD_LOCKED, "already locked");
        assertRejected(() -> commands.unlockThread(admin, reply), Reason.THREAD_LOCKED, "not locked from this comment");

        commands.unlockThread(admin, adas);
        assertThat(commands.add(cleo, new AddComment(post, reply, "Back again")).awaitingModeration()).isFalse();
    }

    @Test
    void onlyModeratorsLockThreads() {
        assertThatThrownBy(() -> commands.lockThread(ada, adas)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.unlockThread(bob, adas)).isInstanceOf(NotAllowedException.class);
        assertThat(jdbc.queryForObject("select locked_root_id from comments where id = ?", UUID.class, adas)).isNull();
    }

    @Test
    void aPostsAuthorOrAnEditorClosesAndReopensItsComments() {
        commands.switchComments(ada, post, ada.userId(), false);

        assertRejected(() -> commands.add(bob, new AddComment(post, null, "Hello?")), Reason.POST_CLOSED, "closed");
        assertThat(threads.statusOf(post).closedByAuthor()).isTrue();

        commands.switchComments(admin, post, ada.userId(), true);
        assertThat(threads.statusOf(post).open()).isTrue();
    }

    @Test
    void aDraftsCommentsCanBeClosedBeforeItIsPublished() {
        UUID draft = draftPost();

        commands.switchComments(ada, draft, ada.userId(), false);

        assertThat(threads.statusOf(draft).closedByAuthor()).isTrue();
    }

    @Test
    void nobodyElseSwitchesAPostsComments() {
        assertThatThrownBy(() -> commands.switchComments(bob, post, ada.userId(), false)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.switchComments(new Actor(author(jdbc, "Dee"), Role.USER), post, ada.userId(), false))
                .isInstanceOf(NotAllowedException.class);

        assertThat(threads.statusOf(post).open()).isTrue();
    }

    private static void assertRejected(ThrowingCallable call, Reason reason, String message) {
        assertThatThrownBy(call).isInstanceOf(CommentRejectedException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((CommentRejectedException) e).reason()).isEqualTo(reason));
    }
}
