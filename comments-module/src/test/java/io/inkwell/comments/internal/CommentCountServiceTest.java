package io.inkwell.comments.internal;

import static io.inkwell.comments.internal.CommentRowValues.comment;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.CommentCounts;
import io.inkwell.comments.CommentsTestApplication;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
class CommentCountServiceTest {

    @Autowired
    CommentCounts counts;

    @Autowired
    CommentMapper comments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsAreKeyedByPost() {
        UUID bob = author(jdbc, "Bob");
        UUID post = publishedPost(jdbc);
        comments.insert(comment(post, bob, null, "One"));

        assertThat(counts.countsByPostIds(List.of(post))).containsEntry(post, 1L).hasSize(1);
        assertThat(counts.countsByPostIds(List.of())).isEmpty();
    }

    @Test
    void oneCountLeavesPlaceholdersOutAndIsZeroForAPostWithoutComments() {
        UUID bob = author(jdbc, "Bob");
        UUID post = publishedPost(jdbc);
        UUID quiet = publishedPost(jdbc);
        CommentRow parent = comment(post, bob, null, "Soon a placeholder");
        comments.insert(parent);
        comments.insert(comment(post, bob, parent.id(), "Reply"));
        comments.markDeleted(parent.id());

        assertThat(counts.countOf(post)).isEqualTo(1);
        assertThat(counts.countOf(quiet)).isZero();
    }
}
