package io.inkwell.comments.internal;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.comments.test.CommentRows.counted;
import static io.inkwell.comments.test.CommentRows.hideThread;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.comments.test.CommentRows.standingOf;
import static io.inkwell.comments.test.CommentRows.withheld;
import static io.inkwell.users.test.UserRows.author;
import static io.inkwell.users.test.UserRows.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentHeld;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.EditComment;
import io.inkwell.comments.PostedComment;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.transaction.annotation.Transactional;

/** Replies, edits and deletions around comments that wait for a moderator or sit in hidden threads. */
@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
@RecordApplicationEvents
class HeldThreadsTest {

    @Autowired
    CommentCommands commands;

    @Autowired
    SiteSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    Actor ada;
    Actor bob;
    Actor admin;
    UUID post;
    UUID bobsHeld;

    @BeforeEach
    void givenAHeldCommentOfBobs() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        bob = new Actor(author(jdbc, "Bob"), Role.GUEST);
        admin = new Actor(withRole(jdbc, "Root", Role.ADMIN), Role.ADMIN);
        post = publishedPost(jdbc);
        bobsHeld = withheld(jdbc, post, bob.userId(), null, "Waiting", "held", "first_comment");
    }

    @AfterTransaction
    void forgetThePolicy() {
        SitePolicy.forget(settings);
    }

    @Test
    void itsAuthorsReplyWaitsWithItAndIsNotCounted() {
        PostedComment reply = commands.add(bob, new AddComment(post, bobsHeld, "And another thing"));

        assertThat(reply.awaitingModeration()).isTrue();
        assertThat(standingOf(jdbc, reply.id())).as("its own rules passed").isEqualTo("approved/-");
        assertThat(jdbc.queryForObject("select waiting_on_id from comments where id = ?", UUID.class, reply.id()))
                .isEqualTo(bobsHeld);
        assertThat(counted(jdbc, post)).isZero();
    }

    @Test
    void otherReadersCannotReplyToWhatTheyCannotSee() {
        assertThatThrownBy(() -> commands.add(ada, new AddComment(post, bobsHeld, "What?")))
                .isInstanceOf(CommentRejectedException.class).hasMessageContaining("not part of this post's thread");
    }

    @Test
    void nobodyButModeratorsRepliesInAHiddenThread() {
        UUID top = comment(jdbc, post, ada.userId(), null, "Top");
        hideThread(jdbc, top);

        assertThatThrownBy(() -> commands.add(ada, new AddComment(post, top, "My own hidden thread")))
                .isInstanceOf(CommentRejectedException.class);
        PostedComment moderators = commands.add(admin, new AddComment(post, top, "Noted"));
        assertThat(moderators.awaitingModeration()).as("hidden with its thread").isTrue();
    }

    @Test
    void anEditThatAddsTooManyLinksHoldsAnApprovedCommentAgain() {
        UUID shown = commands.add(ada, new AddComment(post, null, "Innocent")).id();
        UUID reply = comment(jdbc, post, bob.userId(), shown, "Reply");

        commands.edit(ada, new EditComment(shown, "Now https://a.example https://b.example https://c.example"));

        assertThat(standingOf(jdbc, shown)).isEqualTo("held/links");
        assertThat(jdbc.queryForObject("select waiting_on_id from comments where id = ?", UUID.class, reply)).isEqualTo(shown);
        assertThat(counted(jdbc, post)).isZero();
        assertThat(events.stream(CommentHeld.class)).hasSize(1);
    }

    @Test
    void aModeratorsEditIsNeverHeld() {
        UUID own = commands.add(admin, new AddComment(post, null, "Mine")).id();

        commands.edit(admin, new EditComment(own, "https://a.example https://b.example https://c.example"));

        assertThat(standingOf(jdbc, own)).isEqualTo("approved/-");
    }

    @Test
    void itsAuthorDeletesAHeldCommentWithWhatWaitedForIt() {
        commands.add(bob, new AddComment(post, bobsHeld, "A reply of mine"));

        commands.delete(bob, bobsHeld);

        assertThat(jdbc.queryForObject("select count(*) from comments where post_id = ?", Integer.class, post)).isZero();
    }
}
