package io.inkwell.db.schema;

import io.inkwell.db.test.TestDatabase;
import io.inkwell.db.test.TestPasswordHash;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A few rows of every table, inserted inside a transaction that the test rolls back, so schema
 * tests see a realistic graph and leave nothing behind.
 */
final class SchemaFixture implements AutoCloseable {

    static final String ADA = "'00000000-0000-7000-8000-000000000001'";
    static final String BOB = "'00000000-0000-7000-8000-000000000002'";
    static final String JAVA = "'00000000-0000-7000-8000-0000000000c1'";
    static final String SQL = "'00000000-0000-7000-8000-0000000000c2'";
    static final String TOOLS = "'00000000-0000-7000-8000-0000000000e1'";
    static final String HELLO = "'00000000-0000-7000-8000-0000000000a1'";
    static final String DRAFT = "'00000000-0000-7000-8000-0000000000a2'";
    static final String FIRST_COMMENT = "'00000000-0000-7000-8000-0000000000d1'";
    static final String DRAFT_COMMENT = "'00000000-0000-7000-8000-0000000000d2'";
    /** The test password hash as an SQL literal. */
    static final String HASH = "'" + TestPasswordHash.BCRYPT + "'";

    final Connection connection;
    final Statement statement;

    SchemaFixture() throws SQLException {
        connection = TestDatabase.get().connect();
        connection.setAutoCommit(false);
        statement = connection.createStatement();
        execute("insert into users (id, email, password_hash, name, role) values (" + ADA + ", 'ada@example.com', " + HASH + ", 'Ada', 'admin')");
        execute("insert into users (id, email, password_hash, name) values (" + BOB + ", 'bob@example.com', " + HASH + ", 'Bob')");
        execute("insert into categories (id, name, slug) values (" + JAVA + ", 'Java', 'java'), (" + SQL + ", 'SQL', 'sql')");
        execute("insert into posts (id, author_id, title, slug, content, status, published_at) values ("
                + HELLO + ", " + ADA + ", 'Hello', 'hello', 'Hello *world*', 'published', now())");
        execute("insert into posts (id, author_id, title, slug) values (" + DRAFT + ", " + BOB + ", 'Draft', 'draft')");
        execute("insert into post_categories (post_id, category_id) values (" + HELLO + ", " + JAVA + "), (" + DRAFT + ", " + JAVA + ")");
        execute("insert into tags (id, name, slug) values (" + TOOLS + ", 'Tools', 'tools')");
        execute("insert into post_tags (post_id, tag_id) values (" + HELLO + ", " + TOOLS + "), (" + DRAFT + ", " + TOOLS + ")");
        execute("insert into comments (id, post_id, author_id, content) values (" + FIRST_COMMENT + ", " + HELLO + ", " + BOB + ", 'Nice')");
        execute("insert into comments (id, post_id, author_id, content) values (" + DRAFT_COMMENT + ", " + DRAFT + ", " + BOB + ", 'Early')");
    }

    void execute(String sql) throws SQLException {
        statement.execute(sql);
    }

    <T> T single(String sql, Class<T> type) throws SQLException {
        try (var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1, type);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
