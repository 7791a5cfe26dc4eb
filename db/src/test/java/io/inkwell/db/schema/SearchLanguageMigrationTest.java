package io.inkwell.db.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V129 gives posts and pages a language on a database that already holds them. At a million posts a rewrite of
 * the table and a rebuild of its GIN index would take minutes under an exclusive lock, so the migration must do
 * neither: a table or index that PostgreSQL rewrites gets a new file (relfilenode), and here none does. The
 * vectors the rows had are kept, and they are exactly what the trigger now makes from the same text.
 */
class SearchLanguageMigrationTest {

    private static final String DATABASE = "inkwell_language_migration_check";
    private static final String LANGUAGE_MIGRATION = "129";
    private static final String FILES = """
            select string_agg(relname || '=' || relfilenode, ' ' order by relname) from pg_class
             where relname in ('posts', 'pages', 'posts_search_idx', 'pages_search_idx')""";
    private static final String VECTORS = """
            select string_agg(search_vector::text, ' | ' order by title)
              from (select title, search_vector from posts union all select title, search_vector from pages) rows""";
    private static final String LANGUAGES = """
            select string_agg(title || '=' || language, ' ' order by title)
              from (select title, language from posts union all select title, language from pages) rows""";

    private final TestDatabase server = TestDatabase.get();

    @BeforeEach
    void givenADatabaseJustBeforeTheMigration() throws Exception {
        MigrationTest.recreate(server, DATABASE);
        flyway(lastVersionBefore(LANGUAGE_MIGRATION)).migrate();
        execute("""
                insert into users (id, email, password_hash, name)
                values ('00000000-0000-7000-8000-000000000001', 'ada@example.com', ?, 'Ada')""".replace("?", SchemaFixture.HASH),
                """
                insert into posts (author_id, title, slug, excerpt, content, status, published_at, updated_at)
                values ('00000000-0000-7000-8000-000000000001', 'Running notes', 'running-notes', 'On runs',
                        'Wir wohnen in alten Häusern', 'published', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')""",
                """
                insert into pages (title, slug, content, updated_at)
                values ('About the houses', 'about', 'Unsere Häusern', '2026-01-03T00:00:00Z')""");
    }

    @AfterEach
    void dropTheDatabase() throws Exception {
        MigrationTest.drop(server, DATABASE);
    }

    @Test
    void existingRowsKeepTheirTablesIndexesAndVectorsWhichAreTheOnesTheTriggerMakes() throws Exception {
        String files = single(FILES);
        String vectors = single(VECTORS);

        flyway(LANGUAGE_MIGRATION).migrate();

        assertThat(single(FILES)).as("no table or index rewritten").isEqualTo(files);
        assertThat(single(VECTORS)).as("the vectors as they were").isEqualTo(vectors);
        assertThat(single(LANGUAGES)).isEqualTo("About the houses=en Running notes=en");
        execute("update posts set title = title", "update pages set title = title");
        assertThat(single(VECTORS)).as("made again by the trigger").isEqualTo(vectors);
    }

    @Test
    void onAGermanSiteExistingPostsAndPagesTakeItsLanguageAndAreIndexedInIt() throws Exception {
        execute("""
                insert into site_settings (id, title, language, time_zone, posts_per_page, registration_open)
                values (1, 'Mein Blog', 'de', 'Europe/Berlin', 10, true)""");

        flyway(LANGUAGE_MIGRATION).migrate();

        assertThat(single(LANGUAGES)).isEqualTo("About the houses=de Running notes=de");
        assertThat(single(VECTORS)).contains("'haus'").doesNotContain("'häusern'");
        assertThat(single("""
                select string_agg(updated_at::text, ' ' order by updated_at)
                  from (select updated_at from posts union all select updated_at from pages) rows"""))
                .as("the pages readers see did not change").isEqualTo("2026-01-02 00:00:00+00 2026-01-03 00:00:00+00");
    }

    /** Whatever migrations come before V129 (other contexts' ranges interleave), to migrate just up to it. */
    private String lastVersionBefore(String version) {
        return Arrays.stream(flyway(version).info().all()).map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .filter(candidate -> !candidate.isAtLeast(version))
                .max(Comparator.naturalOrder()).map(MigrationVersion::getVersion).orElseThrow();
    }

    private Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(server.jdbcUrlFor(DATABASE), server.username(), server.password())
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .target(target)
                .load();
    }

    private void execute(String... statements) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private String single(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return String.join("\n", values);
        }
    }

    private Connection connect() throws Exception {
        Connection connection = DriverManager.getConnection(server.jdbcUrlFor(DATABASE), server.username(), server.password());
        try (Statement statement = connection.createStatement()) {
            statement.execute("set time zone 'UTC'");
        }
        return connection;
    }
}
