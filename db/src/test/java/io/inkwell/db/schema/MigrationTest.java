package io.inkwell.db.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

class MigrationTest {

    private static final String EMPTY_DATABASE = "inkwell_migration_check";

    @Test
    void everyMigrationAppliesToAnEmptyDatabaseAndAgainIsANoOp() throws Exception {
        TestDatabase server = TestDatabase.get();
        recreate(server, EMPTY_DATABASE);
        try {
            Flyway flyway = flywayOn(server, false);

            MigrateResult first = flyway.migrate();
            MigrateResult second = flyway.migrate();

            assertThat(first.success).isTrue();
            assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(7);
            assertThat(second.migrationsExecuted).isZero();
            assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
            assertThat(tables(server)).contains("users", "categories", "posts", "post_categories",
                    "post_slug_history", "comments");
        } finally {
            drop(server, EMPTY_DATABASE);
        }
    }

    /** A context's new migration numbered below another context's already applied one (the app sets outOfOrder). */
    @Test
    void aLowerNumberedMigrationAddedLaterIsAppliedOutOfOrder() throws Exception {
        TestDatabase server = TestDatabase.get();
        recreate(server, EMPTY_DATABASE);
        try {
            Flyway flyway = flywayOn(server, true);
            flyway.migrate();
            try (Connection connection = java.sql.DriverManager.getConnection(server.jdbcUrlFor(EMPTY_DATABASE),
                    server.username(), server.password()); var statement = connection.createStatement()) {
                statement.execute("drop index users_created_idx");
                statement.execute("delete from flyway_schema_history where version = '011'");
            }

            MigrateResult later = flyway.migrate();

            assertThat(later.migrationsExecuted).isEqualTo(1);
            assertThat(later.migrations.get(0).version).isEqualTo("011");
            assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        } finally {
            drop(server, EMPTY_DATABASE);
        }
    }

    private static Flyway flywayOn(TestDatabase server, boolean outOfOrder) {
        return Flyway.configure()
                .dataSource(server.jdbcUrlFor(EMPTY_DATABASE), server.username(), server.password())
                .locations("classpath:db/migration")
                .outOfOrder(outOfOrder)
                .load();
    }

    private static List<String> tables(TestDatabase server) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = java.sql.DriverManager.getConnection(server.jdbcUrlFor(EMPTY_DATABASE),
                server.username(), server.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    static void recreate(TestDatabase server, String database) throws Exception {
        drop(server, database);
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            // A constant name; CREATE DATABASE takes no bind parameters.
            statement.execute("create database " + database);
        }
    }

    static void drop(TestDatabase server, String database) throws Exception {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        }
    }
}
