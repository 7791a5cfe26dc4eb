package io.inkwell.comments.internal;

import static io.inkwell.comments.CommentLimits.GUEST_EMAIL_MAX;
import static io.inkwell.comments.CommentLimits.GUEST_NAME_MAX;
import static io.inkwell.comments.CommentLimits.TEXT_MAX;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.CommentsTestApplication;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comments table's CHECK constraints hold the numbers of {@link io.inkwell.comments.CommentLimits} and the
 * rules of moderation, so no code path can store what the service refuses.
 */
@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
class SchemaLimitsTest {

    private static final String INSERT = "insert into comments (post_id, author_id, content) values (?, ?, ?)";
    private static final String GUEST = "insert into comments (post_id, guest_name, guest_email, content) values (?, ?, ?, 'Hi')";

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;
    UUID post;

    @BeforeEach
    void givenAnAuthorAndAPost() {
        ada = author(jdbc, "Ada");
        post = publishedPost(jdbc);
    }

    @Test
    void theDatabaseTakesACommentOfTheLimitAndRefusesOneCharacterMore() {
        jdbc.update(INSERT, post, ada, "é".repeat(TEXT_MAX));
        assertThat(jdbc.queryForObject("select char_length(content) from comments where post_id = ?", Integer.class, post))
                .isEqualTo(TEXT_MAX);

        assertThatThrownBy(() -> jdbc.update(INSERT, post, ada, "é".repeat(TEXT_MAX + 1)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("comments_content_length_ck");
    }

    @Test
    void aGuestsNameTakesTheLimitAndRefusesOneCharacterMore() {
        assertThatCode(() -> jdbc.update(GUEST, post, "n".repeat(GUEST_NAME_MAX), "a@example.com")).doesNotThrowAnyException();

        assertThatThrownBy(() -> jdbc.update(GUEST, post, "n".repeat(GUEST_NAME_MAX + 1), "a@example.com"))
                .hasMessageContaining("comments_guest_name_ck");
    }

    @Test
    void aGuestsEmailTakesTheLimitAndRefusesOneCharacterMore() {
        String domain = "@example.com";
        assertThatCode(() -> jdbc.update(GUEST, post, "Grace", "a".repeat(GUEST_EMAIL_MAX - domain.length()) + domain))
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> jdbc.update(GUEST, post, "Grace", "a".repeat(GUEST_EMAIL_MAX + 1 - domain.length()) + domain))
                .hasMessageContaining("comments_guest_email_ck");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "comments_guest_email_ck        | insert into comments (post_id, guest_name, guest_email, content) values (?, 'G', 'Grace@Example.com', 'Hi')",
        "comments_guest_email_ck        | insert into comments (post_id, guest_name, guest_email, content) values (?, 'G', 'no at sign', 'Hi')",
        "comments_author_or_guest_ck    | insert into comments (post_id, content) values (?, 'Nobody wrote this')",
        "comments_author_or_guest_ck    | insert into comments (post_id, guest_name, content) values (?, 'G', 'No email')",
        "comments_held_reason_ck        | insert into comments (post_id, guest_name, guest_email, content, status) values (?, 'G', 'g@example.com', 'Hi', 'held')",
        "comments_held_reason_ck        | insert into comments (post_id, guest_name, guest_email, content, status, held_reason) values (?, 'G', 'g@example.com', 'Hi', 'held', 'because')",
        "comments_status_ck             | insert into comments (post_id, guest_name, guest_email, content, status, held_reason) values (?, 'G', 'g@example.com', 'Hi', 'pending', 'links')",
        "comments_reports_approved_ck   | insert into comments (post_id, guest_name, guest_email, content, status, held_reason, report_count) values (?, 'G', 'g@example.com', 'Hi', 'spam', 'moderator', 1)",
        "comments_address_hash_ck       | insert into comments (post_id, guest_name, guest_email, content, address_hash) values (?, 'G', 'g@example.com', 'Hi', '203.0.113.7')"
    })
    void theDatabaseRefusesWhatModerationNeverStores(String constraint, String insert) {
        assertThatThrownBy(() -> jdbc.update(insert, post)).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(constraint);
    }

    @Test
    void aBanNamesAnAccountOrAnEmailNotBoth() {
        assertThatThrownBy(() -> jdbc.update("insert into comment_bans (user_id, guest_email, banned_by) values (?, 'a@example.com', ?)",
                ada, ada)).hasMessageContaining("comment_bans_one_author_ck");
    }
}
