import org.flywaydb.core.Flyway;

/**
 * Runs the site's Flyway migrations (from the db module's jar on the classpath) against the
 * benchmark database, so the generator fills exactly the schema the app will find at start-up.
 * Launched as a single-file program by bench/lib.sh; args: JDBC URL, user, password.
 */
public class Migrate {
    public static void main(String[] args) {
        var result = Flyway.configure()
                .dataSource(args[0], args[1], args.length > 2 ? args[2] : "")
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load()
                .migrate();
        System.out.println("schema at version " + result.targetSchemaVersion
                + ", " + result.migrationsExecuted + " migrations applied");
    }
}
