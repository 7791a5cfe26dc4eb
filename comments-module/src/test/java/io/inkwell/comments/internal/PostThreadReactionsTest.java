package io.inkwell.comments.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.posts.PostDeleted;
import io.inkwell.posts.PostPublished;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostUnpublished;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The comments context's reactions to the posts context's events, each published as the posts context does:
 * in a transaction, handled after it commits. These tests commit, so they empty the tables afterwards.
 */
@SpringBootTest(classes = CommentsTestApplication.class)
@EnableScenarios
@ExtendWith(TruncateAfterEach.class)
class PostThreadReactionsTest {

    @Autowired
    CommentCommands commands;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;
    UUID post;

    @BeforeEach
    void givenAReaderAndAPostTheCommentsContextHasNotHeardOf() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        post = TimeOrderedIds.next();
    }

    private static PostPublished published(UUID post, int version) {
        return new PostPublished(post, UUID.randomUUID(), "a-post", Instant.now(), version);
    }

    private Boolean takesComments(UUID postId) {
        List<Boolean> rows = jdbc.queryForList("select takes_comments from post_threads where post_id = ?", Boolean.class, postId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private long comments(UUID postId) {
        return jdbc.queryForObject("select count(*) from comments where post_id = ?", Long.class, postId);
    }

    private List<Map<String, Object>> counters(UUID postId) {
        return jdbc.queryForList("select comments from post_comment_counts where post_id = ?", postId);
    }

    private void assertClosed(UUID postId) {
        assertThatThrownBy(() -> commands.add(ada, new AddComment(postId, null, "Too late")))
                .isInstanceOfSatisfying(CommentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommentRejectedException.Reason.POST_CLOSED));
    }

    @Test
    void aPublishedPostTakesComments(Scenario scenario) {
        assertClosed(post);

        scenario.publish(published(post, 0))
                .andWaitForStateChange(() -> takesComments(post))
                .andVerify(open -> assertThat(open).isTrue());

        commands.add(ada, new AddComment(post, null, "First!"));
        assertThat(comments(post)).isEqualTo(1);
    }

    @Test
    void anArchivedPostKeepsItsThreadButTakesNoNewComments(Scenario scenario) {
        scenario.publish(published(post, 0)).andWaitForStateChange(() -> takesComments(post)).andVerify(open -> { });
        commands.add(ada, new AddComment(post, null, "Said before"));

        scenario.publish(new PostUnpublished(post, PostStatus.ARCHIVED, 1))
                .andWaitForStateChange(() -> takesComments(post), Boolean.FALSE::equals)
                .andVerify(open -> assertThat(open).isFalse());

        assertClosed(post);
        assertThat(comments(post)).as("what was said stays").isEqualTo(1);
    }

    @Test
    void anEventOlderThanWhatTheThreadKnowsChangesNothing(Scenario scenario) {
        scenario.publish(published(post, 2)).andWaitForStateChange(() -> takesComments(post)).andVerify(open -> { });

        scenario.publish(new PostUnpublished(post, PostStatus.DRAFT, 1))
                .andWaitForEventOfType(PostUnpublished.class)
                .toArriveAndVerify(late -> assertThat(takesComments(post)).as("still open at version 2").isTrue());
    }

    @Test
    void aDeletedPostTakesItsCommentsAndCounterWithItAndLeavesOthersAlone(Scenario scenario) {
        UUID other = TimeOrderedIds.next();
        scenario.publish(published(post, 0)).andWaitForStateChange(() -> takesComments(post)).andVerify(open -> { });
        scenario.publish(published(other, 0)).andWaitForStateChange(() -> takesComments(other)).andVerify(open -> { });
        UUID top = commands.add(ada, new AddComment(post, null, "Top")).id();
        commands.add(ada, new AddComment(post, top, "Reply"));
        commands.add(ada, new AddComment(other, null, "Elsewhere"));
        commands.switchComments(ada, post, ada.userId(), false);

        scenario.publish(new PostDeleted(post, 1))
                .andWaitForStateChange(() -> comments(post), count -> count == 0)
                .andVerify(count -> {
                    assertThat(counters(post)).isEmpty();
                    assertThat(jdbc.queryForObject("select count(*) from post_comments_closed", Integer.class))
                            .as("the author's switch goes with the post").isZero();
                    assertThat(counters(other)).singleElement().isEqualTo(Map.of("comments", 1));
                    assertThat(comments(other)).isEqualTo(1);
                });

        scenario.publish(published(post, 0))
                .andWaitForEventOfType(PostPublished.class)
                .toArriveAndVerify(late -> assertThat(takesComments(post)).as("a late event reopens nothing").isFalse());
        assertClosed(post);
    }

    @Test
    void aReactionThatFailsLeavesItsPublicationIncompleteAndTheNextStartDeliversIt(Scenario scenario) {
        // given: the comments tables refuse every write for a while
        jdbc.execute("""
                create function post_threads_unavailable() returns trigger language plpgsql as $$
                begin raise exception 'post_threads is unavailable'; end $$""");
        jdbc.execute("""
                create trigger post_threads_unavailable before insert or update on post_threads
                   for each row execute function post_threads_unavailable()""");
        try {
            // when
            scenario.publish(published(post, 0))
                    .andWaitForStateChange(() -> jdbc.queryForList(
                            "select listener_id from event_publication where completion_date is null", String.class))
                    .andVerify(incomplete -> assertThat(incomplete).containsExactly("comments.open-thread-of-published-post"));
            assertThat(takesComments(post)).isNull();
        } finally {
            jdbc.execute("drop trigger post_threads_unavailable on post_threads");
            jdbc.execute("drop function post_threads_unavailable()");
        }

        // then: a restart with the application's setting delivers it again, and it completes
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(CommentsTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.modulith.events.republish-outstanding-events-on-restart=true")
                .run()) {
            assertThat(takesComments(post)).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from event_publication", Long.class)).isZero();
        }
    }
}
