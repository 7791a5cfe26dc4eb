package io.inkwell;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostRef;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.support.WebTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A reaction that failed is delivered again while the site runs, without waiting for a restart. */
@WebTest
class EventRedeliveryTest {

    @Autowired
    PostCommands posts;

    @Autowired
    EventRedelivery redelivery;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPublicationLeftIncompleteByAFailedReactionIsDeliveredAgainAndCompletes() {
        Actor ada = new Actor(UserRows.author(jdbc, "Ada"), Role.USER);
        PostRef post = posts.create(ada, new PostDraft("Briefly unlucky", null, "Text", null, null, Set.of()), false);
        // given: the comments context cannot write for a while, so its reaction to the publication fails
        jdbc.execute("""
                create function post_threads_unavailable() returns trigger language plpgsql as $$
                begin raise exception 'post_threads is unavailable'; end $$""");
        jdbc.execute("""
                create trigger post_threads_unavailable before insert or update on post_threads
                   for each row execute function post_threads_unavailable()""");
        try {
            posts.publish(ada, post.id());
            assertThat(incomplete()).containsExactly("comments.open-thread-of-published-post");
        } finally {
            jdbc.execute("drop trigger post_threads_unavailable on post_threads");
            jdbc.execute("drop function post_threads_unavailable()");
        }

        // when: the periodic redelivery runs
        redelivery.redeliverOlderThan(Duration.ZERO);

        // then
        assertThat(incomplete()).isEmpty();
        assertThat(jdbc.queryForObject("select takes_comments from post_threads where post_id = ?", Boolean.class, post.id()))
                .isTrue();
    }

    private List<String> incomplete() {
        return jdbc.queryForList("select listener_id from event_publication where completion_date is null", String.class);
    }
}
