package io.inkwell.comments.internal;

import static io.inkwell.comments.CommentLimits.TEXT_MAX;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.CommentsTestApplication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The comments table's CHECK constraint holds the number of {@link io.inkwell.comments.CommentLimits#TEXT_MAX}. */
@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
class SchemaLimitsTest {

    private static final String INSERT = "insert into comments (post_id, author_id, content) values (?, ?, ?)";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseTakesACommentOfTheLimitAndRefusesOneCharacterMore() {
        UUID ada = author(jdbc, "Ada");
        UUID post = publishedPost(jdbc);

        jdbc.update(INSERT, post, ada, "é".repeat(TEXT_MAX));
        assertThat(jdbc.queryForObject("select char_length(content) from comments where post_id = ?", Integer.class, post))
                .isEqualTo(TEXT_MAX);

        assertThatThrownBy(() -> jdbc.update(INSERT, post, ada, "é".repeat(TEXT_MAX + 1)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("comments_content_length_ck");
    }
}
