package io.inkwell.comments.internal;

import static io.inkwell.comments.internal.CommentFixtures.author;
import static io.inkwell.comments.internal.CommentFixtures.comment;
import static io.inkwell.comments.internal.CommentFixtures.publishedPost;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.CommentsTestApplication;
import java.time.Instant;
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
class CommentMapperTest {

    @Autowired
    CommentMapper comments;

    @Autowired
    JdbcTemplate jdbc;

    UUID bob;
    UUID post;

    @BeforeEach
    void givenAPublishedPost() {
        bob = author(jdbc, "Bob");
        post = publishedPost(jdbc, bob, "post-" + UUID.randomUUID());
    }

    @Test
    void insertGetsItsPathFromTheDatabase() {
        CommentRow first = comment(post, bob, null, "First!");
        CommentRow reply = comment(post, bob, first.id(), "A reply");

        comments.insert(first);
        comments.insert(reply);

        CommentRow top = comments.selectById(first.id()).orElseThrow();
        CommentRow child = comments.selectById(reply.id()).orElseThrow();
        assertThat(top.path()).hasSize(7);
        assertThat(child.path()).startsWith(top.path()).hasSize(14);
        assertThat(child.parentId()).isEqualTo(first.id());
        assertThat(comments.selectById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void updateMarksEditsAndDeletions() {
        CommentRow first = comment(post, bob, null, "Typo");
        comments.insert(first);

        comments.update(new CommentRow(first.id(), post, bob, null, null, "Fixed", true, null, null, null));
        assertThat(comments.selectById(first.id()).orElseThrow().isEdited()).isTrue();

        Instant now = Instant.now();
        comments.update(new CommentRow(first.id(), post, bob, null, null, "", true, now, null, null));
        CommentRow deleted = comments.selectById(first.id()).orElseThrow();
        assertThat(deleted.deletedAt()).isNotNull();
        assertThat(deleted.content()).isEmpty();
    }

    @Test
    void existsDeleteAndSelectAll() {
        CommentRow first = comment(post, bob, null, "Soon gone");
        comments.insert(first);

        assertThat(comments.selectAll()).extracting(CommentRow::id).contains(first.id());
        assertThat(comments.existsById(first.id())).isTrue();
        assertThat(comments.deleteById(first.id())).isEqualTo(1);
        assertThat(comments.existsById(first.id())).isFalse();
    }

    @Test
    void countsForManyPostsInOneQueryLeaveDeletedOut() {
        UUID quiet = publishedPost(jdbc, bob, "quiet-" + UUID.randomUUID());
        CommentRow kept = comment(post, bob, null, "Kept");
        comments.insert(kept);
        comments.insert(comment(post, bob, kept.id(), "Also kept"));
        CommentRow gone = comment(post, bob, null, "Gone");
        comments.insert(gone);
        jdbc.update("update comments set deleted_at = now(), content = '' where id = ?", gone.id());

        List<PostCommentCount> counts = comments.countByPostIds(List.of(post, quiet));

        assertThat(counts).containsExactly(new PostCommentCount(post, 2));
    }
}
