package io.inkwell.db.schema;

import static io.inkwell.db.schema.SchemaFixture.BOB;
import static io.inkwell.db.schema.SchemaFixture.DRAFT;
import static io.inkwell.db.schema.SchemaFixture.FIRST_COMMENT;
import static io.inkwell.db.schema.SchemaFixture.HELLO;
import static io.inkwell.db.schema.SchemaFixture.JAVA;
import static io.inkwell.db.schema.SchemaFixture.SQL;
import static io.inkwell.db.schema.SchemaFixture.TOOLS;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the triggers and generated columns keep true on their own. */
class SchemaBehaviourTest {

    private static final String HELLO_ID = HELLO.replace("'", "");
    private static final String DRAFT_ID = DRAFT.replace("'", "");

    @Test
    void categoryPostCountFollowsPublishingArchivingAndDeleting() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            assertThat(postCount(db, JAVA)).isEqualTo(1);

            db.execute("update posts set status = 'published', published_at = now() where id = " + DRAFT);
            assertThat(postCount(db, JAVA)).isEqualTo(2);

            db.execute("insert into post_categories (post_id, category_id) values (" + HELLO + ", " + SQL + ")");
            assertThat(postCount(db, SQL)).isEqualTo(1);

            db.execute("update posts set status = 'archived' where id = " + HELLO);
            assertThat(postCount(db, JAVA)).isEqualTo(1);
            assertThat(postCount(db, SQL)).isZero();

            db.execute("delete from posts where id = " + DRAFT);
            assertThat(postCount(db, JAVA)).isZero();
        }
    }

    @Test
    void unlinkingAPublishedPostLowersTheCount() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            db.execute("delete from post_categories where post_id = " + HELLO + " and category_id = " + JAVA);
            assertThat(postCount(db, JAVA)).isZero();
        }
    }

    @Test
    void categoryLinksCarryThePublicationDateOnlyWhilePublished() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            assertThat(db.single("select listed_at is not null from post_categories where post_id = " + HELLO, Boolean.class)).isTrue();
            assertThat(db.single("select listed_at is null from post_categories where post_id = " + DRAFT, Boolean.class)).isTrue();

            db.execute("update posts set published_at = '2020-01-01T00:00:00Z' where id = " + HELLO);
            assertThat(db.single("select listed_at from post_categories where post_id = " + HELLO, Timestamp.class).toInstant())
                    .isEqualTo(java.time.Instant.parse("2020-01-01T00:00:00Z"));
        }
    }

    @Test
    void tagPostCountFollowsPublishingArchivingUnlinkingAndDeleting() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            assertThat(tagCount(db)).isEqualTo(1);

            db.execute("update posts set status = 'published', published_at = now() where id = " + DRAFT);
            assertThat(tagCount(db)).isEqualTo(2);

            db.execute("update posts set status = 'archived' where id = " + HELLO);
            assertThat(tagCount(db)).isEqualTo(1);

            db.execute("delete from post_tags where post_id = " + DRAFT);
            assertThat(tagCount(db)).isZero();

            db.execute("update posts set status = 'published' where id = " + HELLO);
            db.execute("delete from posts where id = " + HELLO);
            assertThat(tagCount(db)).isZero();
        }
    }

    @Test
    void tagLinksCarryThePublicationDateOnlyWhilePublished() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            assertThat(db.single("select listed_at = (select published_at from posts where id = " + HELLO + ") from post_tags where post_id = "
                    + HELLO, Boolean.class)).isTrue();
            assertThat(db.single("select listed_at is null from post_tags where post_id = " + DRAFT, Boolean.class)).isTrue();

            db.execute("update posts set published_at = '2020-01-01T00:00:00Z' where id = " + HELLO);
            assertThat(db.single("select listed_at from post_tags where post_id = " + HELLO, Timestamp.class).toInstant())
                    .isEqualTo(java.time.Instant.parse("2020-01-01T00:00:00Z"));
            assertThat(db.single("select listed_at from post_categories where post_id = " + HELLO + " and category_id = " + JAVA,
                    Timestamp.class).toInstant()).as("categories still follow too").isEqualTo(java.time.Instant.parse("2020-01-01T00:00:00Z"));
        }
    }

    @Test
    void searchVectorFollowsTitleExcerptAndContentWithWeights() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            db.execute("update posts set title = 'Databases', excerpt = 'About indexes', content = 'Running queries' where id = " + HELLO);
            assertThat(vectorOf(db, "posts", HELLO)).contains("'databas':1A", "'index':3B", "'queri':5C");
            assertThat(db.single("select count(*) from post_search where search_vector @@ websearch_to_tsquery('english', 'query')",
                    Long.class)).isEqualTo(1);
        }
    }

    /** "Häusern" is stemmed to 'haus' by the German configuration, left as it is by the English one. */
    @Test
    void searchVectorIsMadeInThePostsLanguageAndFollowsAChangeOfIt() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            db.execute("update posts set title = 'Alte Häusern', excerpt = null, content = 'Wir wohnen' where id = " + HELLO);
            assertThat(vectorOf(db, "posts", HELLO)).contains("'häusern':2A").doesNotContain("'haus'");

            db.execute("update posts set language = 'de' where id = " + HELLO);
            assertThat(vectorOf(db, "posts", HELLO)).contains("'haus':2A", "'wohn'");
            assertThat(db.single("select count(*) from post_search where search_vector @@ websearch_to_tsquery('german', 'Haus')",
                    Long.class)).isEqualTo(1);
        }
    }

    /** The search holds published posts only, each under its date of publication: the trigger on posts is its writer. */
    @Test
    void aPostIsInTheSearchWhileItIsPublished() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            assertThat(searchedPosts(db)).as("the draft is not searched").isEqualTo(HELLO_ID);

            db.execute("update posts set status = 'published', published_at = '2026-02-01T00:00:00Z' where id = " + DRAFT);
            assertThat(searchedPosts(db)).isEqualTo(HELLO_ID + " " + DRAFT_ID);
            assertThat(vectorOf(db, "posts", DRAFT)).isEqualTo("'draft':1A");

            db.execute("update posts set published_at = '2026-03-01T00:00:00Z' where id = " + DRAFT);
            assertThat(db.single("select published_at = '2026-03-01T00:00:00Z' from post_search where post_id = " + DRAFT,
                    Boolean.class)).as("a new date of publication followed").isTrue();

            String rowVersion = db.single("select xmin::text from post_search where post_id = " + DRAFT, String.class);
            db.execute("update posts set view_count = 7 where id = " + DRAFT);
            assertThat(db.single("select xmin::text from post_search where post_id = " + DRAFT, String.class))
                    .as("an update of none of its columns writes nothing").isEqualTo(rowVersion);

            db.execute("update posts set status = 'archived' where id = " + DRAFT);
            assertThat(searchedPosts(db)).as("archived").isEqualTo(HELLO_ID);

            db.execute("delete from comments where post_id = " + HELLO);
            db.execute("delete from posts where id = " + HELLO);
            assertThat(searchedPosts(db)).as("deleted").isEmpty();
        }
    }

    @Test
    void aStoredPageSearchVectorIsAlwaysTheOneTheTextMakes() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            db.execute("insert into pages (id, title, slug, content, search_vector) values (" + DRAFT + ", 'Colophon', 'colophon', "
                    + "'Running', to_tsvector('simple', 'forged'))");

            assertThat(vectorOf(db, "pages", DRAFT)).isEqualTo("'colophon':1A 'run':2C");
        }
    }

    @Test
    void aPagesSearchVectorIsMadeInItsLanguage() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            db.execute("insert into pages (id, title, slug, content, language) values (" + DRAFT + ", 'Impressum', 'impressum', "
                    + "'Unsere Häusern', 'de')");
            assertThat(vectorOf(db, "pages", DRAFT)).contains("'haus':3C");

            db.execute("update pages set language = 'en' where id = " + DRAFT);
            assertThat(vectorOf(db, "pages", DRAFT)).contains("'häusern':3C");
        }
    }

    /** The post page names its language when it is not the site's: changing it changes the page. */
    @Test
    void aChangeOfLanguageIsAChangeOfThePostOrPage() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            db.execute("insert into pages (id, title, slug) values (" + DRAFT + ", 'About', 'about')");
            for (String table : List.of("posts", "pages")) {
                String row = table.equals("posts") ? HELLO : DRAFT;
                db.execute("update " + table + " set updated_at = '2000-01-01T00:00:00Z' where id = " + row);
                db.execute("update " + table + " set language = 'en' where id = " + row);
                assertThat(db.single("select updated_at < '2001-01-01' from " + table + " where id = " + row, Boolean.class))
                        .as(table + ": the same language").isTrue();

                db.execute("update " + table + " set language = 'de' where id = " + row);
                assertThat(db.single("select updated_at > '2001-01-01' from " + table + " where id = " + row, Boolean.class))
                        .as(table + ": another language").isTrue();
            }
        }
    }

    /** A post's vector is in post_search (published posts only), a page's in its row. */
    private static String vectorOf(SchemaFixture db, String table, String id) throws Exception {
        return table.equals("posts")
                ? db.single("select search_vector::text from post_search where post_id = " + id, String.class)
                : db.single("select search_vector::text from pages where id = " + id, String.class);
    }

    private static String searchedPosts(SchemaFixture db) throws Exception {
        return db.single("select coalesce(string_agg(post_id::text, ' ' order by post_id), '') from post_search", String.class);
    }

    @Test
    void wordCountIsStoredWithTheContent() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            db.execute("update posts set content = E'  One two\\n\\nthree\\tfour  ' where id = " + HELLO);
            assertThat(db.single("select word_count from posts where id = " + HELLO, Integer.class)).isEqualTo(4);
            db.execute("update posts set content = E' \\n ' where id = " + HELLO);
            assertThat(db.single("select word_count from posts where id = " + HELLO, Integer.class)).isZero();
        }
    }

    @Test
    void updatedAtIsMaintainedByTheDatabase() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            db.execute("update users set updated_at = '2000-01-01T00:00:00Z' where id = " + BOB);
            assertThat(db.single("select updated_at > '2001-01-01' from users where id = " + BOB, Boolean.class)).isTrue();
            db.execute("update posts set excerpt = coalesce(excerpt, '') || ' edited', updated_at = '2000-01-01T00:00:00Z'");
            assertThat(db.single("select bool_and(updated_at > '2001-01-01') from posts", Boolean.class)).as("posts").isTrue();
            for (String table : List.of("categories", "comments")) {
                db.execute("update " + table + " set updated_at = '2000-01-01T00:00:00Z'");
                assertThat(db.single("select bool_and(updated_at > '2001-01-01') from " + table, Boolean.class))
                        .as(table).isTrue();
            }
        }
    }

    @Test
    void aViewCountFlushIsNotAnEditOfThePost() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            db.execute("update posts set excerpt = 'x' where id = " + HELLO);
            db.execute("update posts set updated_at = '2000-01-01T00:00:00Z' where id = " + HELLO);
            db.execute("update posts set view_count = view_count + 5 where id = " + HELLO);
            assertThat(db.single("select updated_at < '2001-01-01' from posts where id = " + HELLO, Boolean.class)).isTrue();
        }
    }

    @Test
    void aDeletedPostTakesItsViewsOfTheWeekWithIt() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            db.execute("insert into post_view_counts (post_id, day, views) values (" + HELLO + ", current_date, 3)");
            db.execute("insert into post_week_views (post_id, views) values (" + HELLO + ", 3)");
            db.execute("delete from posts where id = " + HELLO);
            assertThat(db.single("select count(*) from post_view_counts where post_id = " + HELLO, Long.class)).isZero();
            assertThat(db.single("select count(*) from post_week_views where post_id = " + HELLO, Long.class)).isZero();
        }
    }

    @Test
    void commentPathsSortInReplyOrderAtAnyDepth() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            UUID second = insertComment(db, null, "second top-level");
            UUID replyToFirst = insertComment(db, UUID.fromString(FIRST_COMMENT.replace("'", "")), "reply to first");
            UUID replyToSecond = insertComment(db, second, "reply to second");
            UUID deep = replyToFirst;
            for (int depth = 3; depth <= 9; depth++) {
                deep = insertComment(db, deep, "depth " + depth);
            }
            UUID laterReplyToFirst = insertComment(db, UUID.fromString(FIRST_COMMENT.replace("'", "")), "later reply to first");

            List<String> thread = new ArrayList<>();
            try (var rows = db.statement.executeQuery("select content, char_length(path) / 7 as depth from comments where post_id = "
                    + HELLO + " order by path")) {
                while (rows.next()) {
                    thread.add(rows.getInt(2) + ":" + rows.getString(1));
                }
            }
            assertThat(thread).containsExactly("1:Nice", "2:reply to first", "3:depth 3", "4:depth 4", "5:depth 5",
                    "6:depth 6", "7:depth 7", "8:depth 8", "9:depth 9", "2:later reply to first",
                    "1:second top-level", "2:reply to second");
            assertThat(db.single("select path like (select path from comments where id = '" + replyToFirst + "') || '%' from comments where id = '"
                    + deep + "'", Boolean.class)).as("a subtree is a path prefix").isTrue();
            assertThat(db.single("select parent_id from comments where id = '" + laterReplyToFirst + "'", UUID.class))
                    .isEqualTo(UUID.fromString(FIRST_COMMENT.replace("'", "")));
            assertThat(db.single("select count(*) from comments where parent_id = '" + second + "'", Long.class)).isEqualTo(1);
            assertThat(replyToSecond).isNotEqualTo(second);
        }
    }

    @Test
    void pathSegmentsAreFixedWidthAndOrderPreserving() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            assertThat(db.single("select comment_path_segment(0)", String.class)).isEqualTo("0000000");
            assertThat(db.single("select comment_path_segment(61)", String.class)).isEqualTo("000000z");
            assertThat(db.single("select comment_path_segment(62)", String.class)).isEqualTo("0000010");
            assertThat(db.single("select comment_path_segment(9) < comment_path_segment(10) collate \"C\""
                    + " and comment_path_segment(35) < comment_path_segment(36) collate \"C\"", Boolean.class)).isTrue();
        }
    }

    @Test
    void databaseGeneratedIdsAreTimeOrderedVersionSeven() throws Exception {
        try (SchemaFixture db = new SchemaFixture()) {
            UUID id = db.single("select uuid_generate_v7()", UUID.class);
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.getMostSignificantBits() >>> 16).isCloseTo(System.currentTimeMillis(),
                    org.assertj.core.api.Assertions.within(60_000L));
            db.execute("insert into users (email, password_hash, name) values ('eve@example.com', " + SchemaFixture.HASH + ", 'Eve')");
            assertThat(db.single("select id from users where email = 'eve@example.com'", UUID.class).version()).isEqualTo(7);
        }
    }

    private static int tagCount(SchemaFixture db) throws Exception {
        return db.single("select post_count from tags where id = " + TOOLS, Integer.class);
    }

    private static int postCount(SchemaFixture db, String category) throws Exception {
        return db.single("select post_count from categories where id = " + category, Integer.class);
    }

    private static UUID insertComment(SchemaFixture db, UUID parent, String content) throws Exception {
        String parentSql = parent == null ? "null" : "'" + parent + "'";
        return db.single("insert into comments (post_id, author_id, parent_id, content) values (" + HELLO + ", " + BOB
                + ", " + parentSql + ", '" + content + "') returning id", UUID.class);
    }
}
