package io.inkwell.comments.internal;

import static io.inkwell.comments.internal.CommentRowValues.comment;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.CommentsTestApplication;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The triggers of V030 keep post_comment_counts equal to the post's comments that are not "[deleted]". */
@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
class PostCommentCountsTest {

    @Autowired
    CommentMapper comments;

    @Autowired
    JdbcTemplate jdbc;

    UUID bob;
    UUID post;

    @BeforeEach
    void givenAPublishedPost() {
        bob = author(jdbc, "Bob");
        post = publishedPost(jdbc);
    }

    private Integer counter(UUID postId) {
        List<Integer> rows = jdbc.queryForList("select comments from post_comment_counts where post_id = ?", Integer.class, postId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private long live(UUID postId) {
        return jdbc.queryForObject("select count(*) from comments where post_id = ? and deleted_at is null", Long.class, postId);
    }

    private UUID add(UUID parent, String text) {
        CommentRow row = comment(post, bob, parent, text);
        comments.insert(row);
        return row.id();
    }

    @Test
    void aPostNeverCommentedHasNoCounterAndTheFirstCommentMakesOne() {
        assertThat(counter(post)).isNull();

        UUID top = add(null, "First");
        add(top, "Reply");

        assertThat(counter(post)).isEqualTo(2);
    }

    @Test
    void aPlaceholderStopsCountingAndAnEditChangesNothing() {
        UUID top = add(null, "Regrets");
        add(top, "Reply");
        comments.update(CommentRowValues.row(top, post, bob, null, null, "Edited", true, null, null, null));
        assertThat(counter(post)).isEqualTo(2);

        comments.markDeleted(top);
        assertThat(counter(post)).isEqualTo(1);

        comments.deleteById(top);
        assertThat(counter(post)).as("the placeholder and its reply go; only the reply was counted").isZero();
        assertThat(live(post)).isZero();
    }

    @Test
    void deletingAParentTakesItsRepliesOffTheCountToo() {
        UUID top = add(null, "Top");
        UUID middle = add(top, "Middle");
        add(middle, "Lower");
        add(null, "Other");

        comments.deleteById(top);

        assertThat(counter(post)).isEqualTo(1).isEqualTo((int) live(post));
    }

    @Test
    void aRestoredPlaceholderCountsAgainAndAnInsertedPlaceholderNever() {
        UUID top = add(null, "Back");
        add(top, "Reply");
        comments.markDeleted(top);
        jdbc.update("insert into comments (post_id, author_id, parent_id, content, deleted_at) values (?, ?, ?, '', now())",
                post, bob, top);
        assertThat(counter(post)).isEqualTo(1);

        jdbc.update("update comments set deleted_at = null, content = 'Back again' where id = ?", top);

        assertThat(counter(post)).isEqualTo(2).isEqualTo((int) live(post));
    }

    @Test
    void theCounterIsReadByTheCardsQueryInsteadOfTheComments() {
        add(null, "Counted");
        jdbc.update("update post_comment_counts set comments = 41 where post_id = ?", post);

        assertThat(comments.countByPostIds(List.of(post))).containsExactly(new PostCommentCount(post, 41));
        assertThat(comments.countByPostId(post)).isEqualTo(41);
    }
}
