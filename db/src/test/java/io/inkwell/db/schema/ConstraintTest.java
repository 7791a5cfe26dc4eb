package io.inkwell.db.schema;

import static io.inkwell.db.schema.SchemaFixture.ADA;
import static io.inkwell.db.schema.SchemaFixture.DRAFT;
import static io.inkwell.db.schema.SchemaFixture.DRAFT_COMMENT;
import static io.inkwell.db.schema.SchemaFixture.FIRST_COMMENT;
import static io.inkwell.db.schema.SchemaFixture.HASH;
import static io.inkwell.db.schema.SchemaFixture.HELLO;
import static io.inkwell.db.schema.SchemaFixture.JAVA;
import static io.inkwell.db.schema.SchemaFixture.TOOLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The database itself refuses every bad row, whatever code path tries to write it. The length limits
 * of texts are tested in the module that owns each limit's constant (its SchemaLimitsTest), one
 * character over the constant.
 */
class ConstraintTest {

    private static final String NEW_USER = "insert into users (email, password_hash, name, role, status, avatar_url) values ";
    private static final String NEW_POST = "insert into posts (author_id, title, slug, status, published_at, featured_image_url, view_count, version, excerpt) values ";
    private static final String NEW_COMMENT = "insert into comments (post_id, author_id, parent_id, content) values ";

    static Stream<Arguments> badRows() {
        return Stream.of(
                bad("users_email_lower_ck", NEW_USER + "('Eve@Example.com', " + HASH + ", 'Eve', 'user', 'active', null)"),
                bad("users_email_uk", NEW_USER + "('ada@example.com', " + HASH + ", 'Ada Again', 'user', 'active', null)"),
                bad("users_email_shape_ck", NEW_USER + "('no-at-sign', " + HASH + ", 'Eve', 'user', 'active', null)"),
                bad("users_name_length_ck", NEW_USER + "('eve@example.com', " + HASH + ", '', 'user', 'active', null)"),
                bad("users_role_ck", NEW_USER + "('eve@example.com', " + HASH + ", 'Eve', 'root', 'active', null)"),
                bad("users_status_ck", NEW_USER + "('eve@example.com', " + HASH + ", 'Eve', 'user', 'banned', null)"),
                bad("users_avatar_url_ck", NEW_USER + "('eve@example.com', " + HASH + ", 'Eve', 'user', 'active', 'javascript:alert(1)')"),
                bad("users_password_hash_ck", NEW_USER + "('eve@example.com', 'secret', 'Eve', 'user', 'active', null)"),

                bad("categories_name_length_ck", "insert into categories (name, slug) values ('', 'empty')"),
                bad("categories_name_uk", "insert into categories (name, slug) values ('JAVA', 'java-2')"),
                bad("categories_slug_uk", "insert into categories (name, slug) values ('Jakarta', 'java')"),
                bad("categories_slug_shape_ck", "insert into categories (name, slug) values ('Bad', 'Bad Slug')"),
                bad("categories_slug_shape_ck", "insert into categories (name, slug) values ('Long', repeat('a', 121))"),
                bad("categories_post_count_ck", "update categories set post_count = -1 where id = " + JAVA),

                bad("posts_title_length_ck", NEW_POST + "(" + ADA + ", '', 'empty', 'draft', null, null, 0, 0, null)"),
                bad("posts_slug_uk", NEW_POST + "(" + ADA + ", 'Hello again', 'hello', 'draft', null, null, 0, 0, null)"),
                bad("posts_slug_shape_ck", NEW_POST + "(" + ADA + ", 'Bad', '-bad--slug-', 'draft', null, null, 0, 0, null)"),
                bad("posts_status_ck", NEW_POST + "(" + ADA + ", 'Gone', 'gone', 'deleted', null, null, 0, 0, null)"),
                bad("posts_published_dated_ck", NEW_POST + "(" + ADA + ", 'Undated', 'undated', 'published', null, null, 0, 0, null)"),
                bad("posts_featured_image_ck", NEW_POST + "(" + ADA + ", 'Img', 'img', 'draft', null, 'ftp://x.org/a.png', 0, 0, null)"),
                bad("posts_view_count_ck", NEW_POST + "(" + ADA + ", 'Views', 'views', 'draft', null, null, -1, 0, null)"),
                bad("posts_version_ck", NEW_POST + "(" + ADA + ", 'Version', 'version', 'draft', null, null, 0, -1, null)"),
                bad("posts_author_id_fkey", NEW_POST + "(gen_random_uuid(), 'Orphan', 'orphan', 'draft', null, null, 0, 0, null)"),
                bad("posts_language_ck", "update posts set language = 'fr' where id = " + HELLO),
                bad("pages_language_ck", "insert into pages (title, slug, language) values ('À propos', 'a-propos', 'fr')"),

                bad("post_categories_pkey", "insert into post_categories (post_id, category_id) values (" + HELLO + ", " + JAVA + ")"),
                bad("post_categories_category_id_fkey", "insert into post_categories (post_id, category_id) values (" + HELLO + ", gen_random_uuid())"),
                bad("post_categories_post_id_fkey", "insert into post_categories (post_id, category_id) values (gen_random_uuid(), " + JAVA + ")"),

                bad("tags_name_length_ck", "insert into tags (name, slug) values ('', 'empty')"),
                bad("tags_name_length_ck", "insert into tags (name, slug) values (' padded', 'padded')"),
                bad("tags_name_length_ck", "insert into tags (name, slug) values ('a, b', 'a-b')"),
                bad("tags_name_length_ck", "insert into tags (name, slug) values (E'two\\nlines', 'two-lines')"),
                bad("tags_name_length_ck", "insert into tags (name, slug) values (E'del\\x7Fete', 'delete')"),
                bad("tags_name_length_ck", "insert into tags (name, slug) values (E'line\\u2028separator', 'line-separator')"),
                bad("tags_name_length_ck", "insert into tags (name, slug) values (E'next\\u0085line', 'next-line')"),
                bad("tags_name_uk", "insert into tags (name, slug) values ('TOOLS', 'tools-2')"),
                bad("tags_slug_uk", "insert into tags (name, slug) values ('Tooling', 'tools')"),
                bad("tags_slug_shape_ck", "insert into tags (name, slug) values ('Bad', 'Bad Slug')"),
                bad("tags_slug_shape_ck", "insert into tags (name, slug) values ('Long', repeat('a', 121))"),
                bad("tags_post_count_ck", "update tags set post_count = -1 where id = " + TOOLS),
                bad("post_tags_pkey", "insert into post_tags (post_id, tag_id) values (" + HELLO + ", " + TOOLS + ")"),
                bad("post_tags_tag_id_fkey", "insert into post_tags (post_id, tag_id) values (" + HELLO + ", gen_random_uuid())"),
                bad("post_tags_post_id_fkey", "insert into post_tags (post_id, tag_id) values (gen_random_uuid(), " + TOOLS + ")"),
                bad("tag_slug_history_slug_shape_ck", "insert into tag_slug_history (old_slug, tag_id) values ('Old Slug', " + TOOLS + ")"),
                bad("tag_slug_history_tag_id_fkey", "insert into tag_slug_history (old_slug, tag_id) values ('old-slug', gen_random_uuid())"),

                bad("post_slug_history_slug_shape_ck", "insert into post_slug_history (old_slug, post_id) values ('Old Slug', " + HELLO + ")"),
                bad("post_slug_history_post_id_fkey", "insert into post_slug_history (old_slug, post_id) values ('old-slug', gen_random_uuid())"),

                bad("post_view_counts_views_ck", "insert into post_view_counts (post_id, day, views) values (" + HELLO + ", current_date, -1)"),
                bad("post_view_counts_pk", "insert into post_view_counts (post_id, day, views) values (" + HELLO + ", current_date, 1), ("
                        + HELLO + ", current_date, 2)"),
                bad("post_view_counts_post_id_fkey", "insert into post_view_counts (post_id, day, views) values (gen_random_uuid(), current_date, 1)"),
                bad("post_week_views_views_ck", "insert into post_week_views (post_id, views) values (" + HELLO + ", -1)"),
                bad("post_week_views_post_id_fkey", "insert into post_week_views (post_id, views) values (gen_random_uuid(), 1)"),
                bad("post_week_rollover_singleton_ck", "insert into post_week_rollover (singleton) values (false)"),
                bad("post_week_rollover_pkey", "insert into post_week_rollover (singleton) values (true), (true)"),

                bad("comments_content_length_ck", NEW_COMMENT + "(" + HELLO + ", " + ADA + ", null, '')"),
                bad("comments_content_length_ck", "update comments set deleted_at = now() where id = " + FIRST_COMMENT),
                bad("comments_parent_fk", NEW_COMMENT + "(" + HELLO + ", " + ADA + ", " + DRAFT_COMMENT + ", 'Reply to another post')"),
                bad("comments_parent_fk", NEW_COMMENT + "(" + DRAFT + ", " + ADA + ", gen_random_uuid(), 'Reply to nothing')"),
                bad("comments_author_id_fkey", NEW_COMMENT + "(" + HELLO + ", gen_random_uuid(), null, 'Nobody')"),
                bad("comments_keep_path", "update comments set path = 'zzzzzzz' where id = " + FIRST_COMMENT),
                bad("comments_keep_path", "update comments set post_id = " + DRAFT + ", parent_id = null where id = " + FIRST_COMMENT));
    }

    private static Arguments bad(String constraint, String sql) {
        return Arguments.of(constraint, sql);
    }

    @ParameterizedTest(name = "{0} refuses: {1}")
    @MethodSource("badRows")
    void theDatabaseRefusesTheRow(String constraint, String sql) throws SQLException {
        try (SchemaFixture fixture = new SchemaFixture()) {
            assertThatThrownBy(() -> fixture.execute(sql))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> {
                        SQLException error = (SQLException) e;
                        assertThat(error.getSQLState()).as("an integrity violation (class 23)").startsWith("23");
                        if (!constraint.equals("comments_keep_path")) {
                            assertThat(error.getMessage()).contains(constraint);
                        }
                    });
        }
    }
}
