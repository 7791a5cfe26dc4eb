package io.inkwell.db.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/database.md stays true: every table of the migrated database has its own section naming each of
 * its columns, every index and trigger is named somewhere, and no section describes a table that is gone.
 * A migration that adds any of these fails here until the page says what it is for.
 */
class DatabaseDocumentationTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "database.md");
    private static final Pattern TABLE_HEADING = Pattern.compile("^### `([a-z0-9_]+)`\\s*$", Pattern.MULTILINE);

    @Test
    void everyTableHasASectionNamingEachOfItsColumns() throws Exception {
        Map<String, String> sections = tableSections(Files.readString(DOCUMENT));
        Map<String, List<String>> columns = columnsByTable();

        List<String> missing = new ArrayList<>();
        columns.forEach((table, names) -> {
            String section = sections.get(table);
            if (section == null) {
                missing.add("table " + table);
                return;
            }
            names.stream().filter(column -> !section.contains("`" + column + "`"))
                    .forEach(column -> missing.add("column " + table + "." + column));
        });
        assertThat(missing).as("not described in " + DOCUMENT).isEmpty();
        assertThat(sections.keySet()).as("sections of tables that do not exist").isSubsetOf(columns.keySet());
    }

    @Test
    void everyIndexAndTriggerIsNamed() throws Exception {
        String document = Files.readString(DOCUMENT);
        List<String> missing = new ArrayList<>();
        for (String index : names("select indexname from pg_indexes where schemaname = 'public'")) {
            if (!document.contains("`" + index + "`")) {
                missing.add("index " + index);
            }
        }
        for (String trigger : names("""
                select t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                 where not t.tgisinternal and c.relnamespace = 'public'::regnamespace""")) {
            if (!document.contains("`" + trigger + "`")) {
                missing.add("trigger " + trigger);
            }
        }
        assertThat(missing).as("not described in " + DOCUMENT).isEmpty();
    }

    @Test
    void theCheckSeesAnUndescribedColumn() {
        Map<String, String> sections = tableSections("### `users`\n| `id` | x |\n### `posts`\n| `id` |\n");
        assertThat(sections.get("users")).contains("`id`").doesNotContain("`email`");
        assertThat(sections).containsOnlyKeys("users", "posts");
    }

    /** Each table's text: from its "### `name`" heading to the next heading of any level. */
    static Map<String, String> tableSections(String document) {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher heading = TABLE_HEADING.matcher(document);
        while (heading.find()) {
            int start = heading.end();
            int next = document.indexOf("\n#", start);
            sections.put(heading.group(1), document.substring(start, next < 0 ? document.length() : next));
        }
        return sections;
    }

    private static Map<String, List<String>> columnsByTable() throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Connection connection = TestDatabase.get().connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select c.table_name, c.column_name
                       from information_schema.columns c
                       join information_schema.tables t using (table_schema, table_name)
                      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                      order by c.table_name, c.ordinal_position""")) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return columns;
    }

    private static List<String> names(String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = TestDatabase.get().connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
