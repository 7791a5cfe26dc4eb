package io.inkwell.posts.internal;

import static io.inkwell.posts.PostLimits.CATEGORY_DESCRIPTION_MAX;
import static io.inkwell.posts.PostLimits.CATEGORY_NAME_MAX;
import static io.inkwell.posts.PostLimits.CONTENT_MAX;
import static io.inkwell.posts.PostLimits.EXCERPT_MAX;
import static io.inkwell.posts.PostLimits.IMAGE_URL_MAX;
import static io.inkwell.posts.PostLimits.META_DESCRIPTION_MAX;
import static io.inkwell.posts.PostLimits.SEO_TITLE_MAX;
import static io.inkwell.posts.PostLimits.REVIEW_NOTE_MAX;
import static io.inkwell.posts.PostLimits.TAGS_FIELD_MAX;
import static io.inkwell.posts.PostLimits.TAG_NAME_MAX;
import static io.inkwell.posts.PostLimits.TITLE_MAX;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.test.PostRows;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schema's CHECK constraints hold the numbers of {@link io.inkwell.posts.PostLimits}: a text of
 * exactly the limit is stored, one character more is refused by the database itself.
 */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class SchemaLimitsTest {

    @Autowired
    JdbcTemplate jdbc;

    /** Writes a row whose column under test holds {@code text}; {@code n} tells the rows of one test apart. */
    interface Write {
        void row(JdbcTemplate jdbc, UUID author, int n, String text);
    }

    record Limit(String constraint, int max, Write write) {
        @Override
        public String toString() {
            return constraint;
        }
    }

    static Stream<Limit> limits() {
        String image = "https://img.example/";
        return Stream.of(
                new Limit("posts_title_length_ck", TITLE_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into posts (author_id, title, slug) values (?, ?, ?)", author, text, "post-" + n)),
                new Limit("posts_content_length_ck", CONTENT_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into posts (author_id, title, slug, content) values (?, 'T', ?, ?)", author, "post-" + n, text)),
                new Limit("posts_excerpt_length_ck", EXCERPT_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into posts (author_id, title, slug, excerpt) values (?, 'T', ?, ?)", author, "post-" + n, text)),
                new Limit("posts_featured_image_ck", IMAGE_URL_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into posts (author_id, title, slug, featured_image_url) values (?, 'T', ?, ?)",
                        author, "post-" + n, image + text.substring(image.length()))),
                new Limit("posts_seo_title_length_ck", SEO_TITLE_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into posts (author_id, title, slug, seo_title) values (?, 'T', ?, ?)", author, "post-" + n, text)),
                new Limit("posts_meta_description_length_ck", META_DESCRIPTION_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into posts (author_id, title, slug, meta_description) values (?, 'T', ?, ?)",
                        author, "post-" + n, text)),
                new Limit("categories_name_length_ck", CATEGORY_NAME_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into categories (name, slug) values (?, ?)", n + text.substring(1), "category-" + n)),
                new Limit("categories_description_length_ck", CATEGORY_DESCRIPTION_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into categories (name, slug, description) values (?, ?, ?)",
                        "Category " + n, "category-" + n, text)),
                new Limit("pages_title_length_ck", TITLE_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into pages (title, slug) values (?, ?)", text, "page-" + n)),
                new Limit("pages_content_length_ck", CONTENT_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into pages (title, slug, content) values ('T', ?, ?)", "page-" + n, text)),
                new Limit("pages_excerpt_length_ck", EXCERPT_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into pages (title, slug, excerpt) values ('T', ?, ?)", "page-" + n, text)),
                new Limit("tags_name_length_ck", TAG_NAME_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into tags (name, slug) values (?, ?)", n + text.substring(1), "tag-" + n)),
                new Limit("posts_review_note_length_ck", REVIEW_NOTE_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into posts (author_id, title, slug, review_note) values (?, 'T', ?, ?)", author, "post-" + n, text)),
                new Limit("revisions_title_length_ck", TITLE_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into revisions (page_id, number, title, content, saved_by) values (?, 1, ?, '', ?)",
                        PostRows.draftPage(jdbc, "P", "page-" + n, ""), text, author)),
                new Limit("post_autosaves_tags_length_ck", TAGS_FIELD_MAX, (jdbc, author, n, text) -> jdbc.update(
                        "insert into post_autosaves (post_id, user_id, title, content, tags, base_version) values (?, ?, '', '', ?, 0)",
                        PostRows.draft(jdbc, author, "P", "post-" + n), author, text)));
    }

    @ParameterizedTest(name = "{0} takes the limit and refuses one character more")
    @MethodSource("limits")
    void theDatabaseTakesTheLimitAndRefusesOneCharacterMore(Limit limit) {
        UUID ada = author(jdbc, "Ada");

        limit.write().row(jdbc, ada, 1, "x".repeat(limit.max()));

        assertThatThrownBy(() -> limit.write().row(jdbc, ada, 2, "x".repeat(limit.max() + 1)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(limit.constraint());
    }
}
