package io.inkwell.web.demo;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.CommentThread;
import io.inkwell.comments.CommentThreads;
import io.inkwell.comments.ThreadComment;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@WebTest
class DemoConversationsTest {

    @Autowired
    DemoConversations conversations;

    @Autowired
    CommentThreads threads;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoPostsGetThreadedConversationsSeveralLevelsDeepWithinTheRateLimit() {
        List<Actor> people = List.of(person(jdbc, "Ada", Role.USER).actor(), person(jdbc, "Bob", Role.USER).actor(),
                person(jdbc, "Cleo", Role.USER).actor());
        List<UUID> posts = List.of(
                WebTestData.publishedPost(jdbc, people.get(0).userId(), "One", "one", Instant.parse("2026-01-01T10:00:00Z")),
                WebTestData.publishedPost(jdbc, people.get(0).userId(), "Two", "two", Instant.parse("2026-01-02T10:00:00Z")),
                WebTestData.publishedPost(jdbc, people.get(0).userId(), "Three", "three", Instant.parse("2026-01-03T10:00:00Z")),
                WebTestData.publishedPost(jdbc, people.get(0).userId(), "Four", "four", Instant.parse("2026-01-04T10:00:00Z")));

        int written = conversations.write(people, posts);

        assertThat(written).isEqualTo(3 * DemoConversations.CONVERSATION.size());
        CommentThread first = threads.threadOf(posts.get(0));
        assertThat(first.comments()).extracting(ThreadComment::depth).contains(0, 5);
        assertThat(threads.threadOf(posts.get(3)).isEmpty()).isTrue();
    }
}
