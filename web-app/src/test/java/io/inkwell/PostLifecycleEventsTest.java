package io.inkwell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostPublished;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PublishTime;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.support.WebTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The posts context's events reaching the comments context in the assembled application: stored with the
 * change that publishes them, handled before the command returns. These tests commit, and empty the tables.
 */
@WebTest
@EnableScenarios
class PostLifecycleEventsTest {

    @Autowired
    PostCommands posts;

    @Autowired
    CommentCommands comments;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    Actor ada;
    Actor bob;

    @BeforeEach
    void givenAnAuthorAndAReader() {
        ada = new Actor(UserRows.author(jdbc, "Ada"), Role.USER);
        bob = new Actor(UserRows.author(jdbc, "Bob"), Role.GUEST);
    }

    private PostRef draft(String title) {
        return posts.create(ada, new PostDraft(title, null, "Text", null, null, Set.of()), false);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private void assertTakesNoComments(UUID post) {
        assertThatThrownBy(() -> comments.add(bob, new AddComment(post, null, "Hello?")))
                .isInstanceOfSatisfying(CommentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommentRejectedException.Reason.POST_CLOSED));
    }

    @Test
    void anEventIsStoredInTheTransactionThatPublishesItAndLeavesWithItsRollback() {
        PostRef post = draft("Undecided");

        transactions.executeWithoutResult(transaction -> {
            posts.publish(ada, post.id());
            assertThat(jdbc.queryForList("select listener_id from event_publication where event_type = ?"
                    + " and serialized_event like ?", String.class, PostPublished.class.getName(), "%" + post.id() + "%"))
                    .contains("comments.open-thread-of-published-post");
            transaction.setRollbackOnly();
        });

        assertThat(count("select count(*) from event_publication")).isZero();
        assertThat(jdbc.queryForObject("select status from posts where id = ?", String.class, post.id())).isEqualTo("draft");
        assertTakesNoComments(post.id());
    }

    @Test
    void theMomentPublishingReturnsThePostTakesCommentsAndTheMomentArchivingReturnsItTakesNoMore() {
        PostRef post = draft("Now open");

        posts.publish(ada, post.id());
        comments.add(bob, new AddComment(post.id(), null, "Right away"));
        posts.archive(ada, post.id());

        assertTakesNoComments(post.id());
        assertThat(count("select count(*) from event_publication")).as("every reaction completed").isZero();
    }

    @Test
    void deletingAPostRemovesItsCommentsThroughTheCommentsContextsReaction(Scenario scenario) {
        PostRef post = posts.create(ada, new PostDraft("Short-lived", null, "Text", null, null, Set.of()), true);
        UUID top = comments.add(bob, new AddComment(post.id(), null, "Top")).id();
        comments.add(bob, new AddComment(post.id(), top, "Reply"));

        scenario.stimulate(() -> posts.delete(ada, post.id()))
                .andWaitForStateChange(() -> count("select count(*) from comments where post_id = ?", post.id()), left -> left == 0)
                .andVerify(left -> assertThat(count("select count(*) from post_comment_counts where post_id = ?", post.id())).isZero());
    }

    @Test
    void aPostTheSitePublishesAtItsScheduledTimeTakesCommentsAsOnePublishedByHand(Scenario scenario) {
        PostRef post = draft("Scheduled");
        posts.schedule(ada, post.id(), PublishTime.of(Instant.now().plus(1, ChronoUnit.HOURS), ZoneOffset.UTC));
        assertTakesNoComments(post.id());

        scenario.stimulate(() -> jdbc.update("update posts set scheduled_at = now() - interval '1 second' where id = ?", post.id()))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> count("select count(*) from post_threads where post_id = ? and takes_comments",
                        post.id()), open -> open == 1)
                .andVerify(open -> assertThat(comments.add(bob, new AddComment(post.id(), null, "First!"))).isNotNull());
    }

    @Test
    void incompletePublicationsAreDeliveredAgainAtStartUpAndCompletedOnesLeaveTheTable() {
        assertThat(environment.getProperty("spring.modulith.events.republish-outstanding-events-on-restart", Boolean.class))
                .isTrue();
        assertThat(environment.getProperty("spring.modulith.events.completion-mode")).isEqualTo("delete");
    }
}
