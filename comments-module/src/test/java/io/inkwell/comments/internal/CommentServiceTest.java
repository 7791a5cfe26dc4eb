package io.inkwell.comments.internal;

import static io.inkwell.comments.CommentLimits.TEXT_MAX;
import static io.inkwell.comments.test.CommentRows.draftPost;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentPosted;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentNotFoundException;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentRejectedException.Reason;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.EditComment;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
@RecordApplicationEvents
class CommentServiceTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    CommentCommands commands;

    @Autowired
    CommentMapper comments;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;
    Actor bob;
    Actor admin;
    UUID post;

    @BeforeEach
    void givenTwoReadersAndAnAdminOnAPublishedPost() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        bob = new Actor(author(jdbc, "Bob"), Role.GUEST);
        admin = new Actor(author(jdbc, "Root"), Role.ADMIN);
        post = publishedPost(jdbc);
    }

    @Test
    void aCommentOnAPublishedPostIsStoredTrimmed() {
        UUID id = commands.add(ada, new AddComment(post, null, "  Nice post!  ")).id();

        CommentRow row = comments.selectById(id).orElseThrow();
        assertThat(row.content()).isEqualTo("Nice post!");
        assertThat(row.authorId()).isEqualTo(ada.userId());
        assertThat(row.isEdited()).isFalse();
    }

    @Test
    void draftsAndUnknownPostsTakeNoComments() {
        UUID draft = draftPost();

        assertRejected(() -> commands.add(bob, new AddComment(draft, null, "Early!")), Reason.POST_CLOSED);
        assertRejected(() -> commands.add(bob, new AddComment(UUID.randomUUID(), null, "Hello?")), Reason.POST_CLOSED);
    }

    @Test
    void badContentIsRefusedBeforeAnythingIsWritten() {
        assertRejected(() -> commands.add(bob, new AddComment(post, null, " ")), Reason.INVALID_CONTENT);
        assertRejected(() -> commands.add(bob, new AddComment(post, null, "x".repeat(TEXT_MAX + 1))), Reason.INVALID_CONTENT);
        assertThat(comments.selectThreadPage(post, null, null, 100, null, false)).isEmpty();
    }

    @Test
    void aReplyGoesUnderItsParent() {
        UUID parent = commands.add(ada, new AddComment(post, null, "Question?")).id();

        UUID reply = commands.add(bob, new AddComment(post, parent, "Answer.")).id();

        assertThat(comments.selectById(reply).orElseThrow().parentId()).isEqualTo(parent);
    }

    @Test
    void aCommentAndAReplyAreAnnouncedWithTheAuthorReplied() {
        UUID parent = commands.add(ada, new AddComment(post, null, "Question?")).id();
        UUID reply = commands.add(bob, new AddComment(post, parent, "x".repeat(TEXT_MAX))).id();

        assertThat(events.stream(CommentPosted.class)).extracting(CommentPosted::commentId, CommentPosted::parentAuthorId,
                CommentPosted::excerpt).containsExactly(
                tuple(parent, null, "Question?"),
                tuple(reply, ada.userId(), "x".repeat(CommentPosted.EXCERPT_MAX - 1) + "…"));
    }

    @Test
    void anExcerptNeverEndsInHalfACharacter() {
        String text = "a".repeat(CommentPosted.EXCERPT_MAX - 2) + "😀" + "b".repeat(10);

        assertThat(CommentService.excerpt(text)).isEqualTo("a".repeat(CommentPosted.EXCERPT_MAX - 2) + "…");
    }

    @Test
    void aReplyToAnotherPostsCommentIsRefused() {
        UUID otherPost = publishedPost(jdbc);
        UUID elsewhere = commands.add(ada, new AddComment(otherPost, null, "Over there")).id();

        assertRejected(() -> commands.add(bob, new AddComment(post, elsewhere, "Sneaky")), Reason.BAD_PARENT);
        assertRejected(() -> commands.add(bob, new AddComment(post, UUID.randomUUID(), "To nobody")), Reason.BAD_PARENT);
        assertThat(comments.selectThreadPage(post, null, null, 100, null, false)).isEmpty();
    }

    @Test
    void theDatabaseRefusesACrossPostReplyEvenWithoutTheCheck() {
        UUID otherPost = publishedPost(jdbc);
        UUID elsewhere = commands.add(ada, new AddComment(otherPost, null, "Over there")).id();

        assertThatThrownBy(() -> comments.insert(CommentRowValues.comment(post, bob.userId(), elsewhere, "Sneaky")))
                .hasMessageContaining("comments_parent_fk");
    }

    @Test
    void editingOnesOwnCommentMarksItEdited() {
        UUID id = commands.add(ada, new AddComment(post, null, "Tpyo")).id();

        commands.edit(ada, new EditComment(id, "Typo"));

        CommentRow row = comments.selectById(id).orElseThrow();
        assertThat(row.content()).isEqualTo("Typo");
        assertThat(row.isEdited()).isTrue();
    }

    @Test
    void savingTheSameTextIsNoEdit() {
        UUID id = commands.add(ada, new AddComment(post, null, "Same")).id();

        commands.edit(ada, new EditComment(id, " Same "));

        assertThat(comments.selectById(id).orElseThrow().isEdited()).isFalse();
    }

    @Test
    void nobodyElseMayEditOrDeleteButAnAdminMayDelete() {
        UUID id = commands.add(ada, new AddComment(post, null, "Mine")).id();

        assertThatThrownBy(() -> commands.edit(bob, new EditComment(id, "Yours now"))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.delete(bob, id)).isInstanceOf(NotAllowedException.class);
        assertThat(comments.selectById(id).orElseThrow().content()).isEqualTo("Mine");

        commands.delete(admin, id);
        assertThat(comments.selectById(id)).isEmpty();
    }

    @Test
    void editingWithBadContentOrAnUnknownIdChangesNothing() {
        UUID id = commands.add(ada, new AddComment(post, null, "Fine")).id();

        assertRejected(() -> commands.edit(ada, new EditComment(id, "")), Reason.INVALID_CONTENT);
        assertThatThrownBy(() -> commands.edit(ada, new EditComment(UUID.randomUUID(), "Hi")))
                .isInstanceOf(CommentNotFoundException.class);
        assertThatThrownBy(() -> commands.delete(ada, UUID.randomUUID())).isInstanceOf(CommentNotFoundException.class);
        assertThat(comments.selectById(id).orElseThrow().content()).isEqualTo("Fine");
    }

    @Test
    void deletingACommentWithRepliesLeavesAPlaceholderAndKeepsTheReplies() {
        UUID parent = commands.add(ada, new AddComment(post, null, "Parent")).id();
        UUID reply = commands.add(bob, new AddComment(post, parent, "Reply")).id();

        commands.delete(ada, parent);

        CommentRow placeholder = comments.selectById(parent).orElseThrow();
        assertThat(placeholder.deletedAt()).isNotNull();
        assertThat(placeholder.content()).isEmpty();
        assertThat(comments.selectById(reply)).isPresent();
        assertThatThrownBy(() -> commands.edit(ada, new EditComment(parent, "Back"))).isInstanceOf(CommentNotFoundException.class);
        assertRejected(() -> commands.add(bob, new AddComment(post, parent, "Reply to a ghost")), Reason.BAD_PARENT);
    }

    @Test
    void deletingACommentWithoutRepliesRemovesIt() {
        UUID id = commands.add(ada, new AddComment(post, null, "Leaf")).id();

        commands.delete(ada, id);

        assertThat(comments.selectById(id)).isEmpty();
    }

    @Test
    void whenThePlaceholdersLastReplyGoesThePlaceholderGoesToo() {
        // given a chain: placeholder <- placeholder <- live reply, and a live root above
        UUID root = commands.add(admin, new AddComment(post, null, "Root")).id();
        UUID middle = commands.add(ada, new AddComment(post, root, "Middle")).id();
        UUID lower = commands.add(ada, new AddComment(post, middle, "Lower")).id();
        UUID leaf = commands.add(bob, new AddComment(post, lower, "Leaf")).id();
        commands.delete(ada, middle);
        commands.delete(ada, lower);

        // when
        commands.delete(bob, leaf);

        // then
        assertThat(comments.selectById(lower)).isEmpty();
        assertThat(comments.selectById(middle)).isEmpty();
        assertThat(comments.selectById(root)).as("a live comment stays").isPresent();
        assertThat(jdbc.queryForObject("select comments from post_comment_counts where post_id = ?", Integer.class, post))
                .as("the root is the one comment left").isEqualTo(1);
    }

    @Test
    void aPlaceholderWithOtherRepliesLeftStays() {
        UUID parent = commands.add(ada, new AddComment(post, null, "Parent")).id();
        UUID first = commands.add(bob, new AddComment(post, parent, "First")).id();
        commands.add(bob, new AddComment(post, parent, "Second"));
        commands.delete(ada, parent);

        commands.delete(bob, first);

        assertThat(comments.selectById(parent).orElseThrow().deletedAt()).isNotNull();
    }

    private static void assertRejected(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CommentRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
