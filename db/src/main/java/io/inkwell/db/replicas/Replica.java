package io.inkwell.db.replicas;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import io.inkwell.db.ReplicaStatus;
import io.inkwell.db.ReplicaStatus.State;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One read replica: its own connection pool and what the monitor last read of it. A connection that breaks
 * while a request uses it marks the replica down at once (the request may fail; the next one goes elsewhere), until
 * the monitor reaches it again.
 */
final class Replica {

    private static final Logger log = LoggerFactory.getLogger(Replica.class);
    private static final Pattern PASSWORD = Pattern.compile("(?i)([?&]password=)[^&]*");

    /** What the monitor last saw, and when (System.nanoTime()). */
    record Seen(State state, WalPosition replayed, Duration lag, String problem, long atNanos) {
    }

    private final String url;
    private final String shownUrl;
    private final int number;
    private volatile HikariDataSource pool;
    private volatile Seen seen;

    Replica(int number, String url) {
        this.number = number;
        this.url = url;
        this.shownUrl = withoutPassword(url);
        this.seen = new Seen(State.DOWN, null, null, "not read yet", System.nanoTime());
    }

    /** Its pool: as large as the primary's (replicas take most reads), with the primary's user unless the URL names one. */
    void open(String username, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("inkwell-replica-" + number);
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        // No idle connections to keep filled: Hikari would retry (and log) without end while the replica is down.
        // The pool grows when the monitor has chosen the replica, so only once it answers again.
        config.setMinimumIdle(0);
        // A replica that is away must not hold a reader up: the request falls back to the primary after this.
        config.setConnectionTimeout(1000);
        config.setValidationTimeout(500);
        // The site starts (on the primary) while a replica is down; the pool connects once it is back.
        config.setInitializationFailTimeout(-1);
        config.setReadOnly(true);
        config.setExceptionOverride(new BrokenConnections());
        this.pool = new HikariDataSource(config);
    }

    static String withoutPassword(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }

    String url() {
        return url;
    }

    String shownUrl() {
        return shownUrl;
    }

    HikariDataSource pool() {
        return pool;
    }

    Seen seen() {
        return seen;
    }

    void saw(Seen reading) {
        Seen before = seen;
        seen = reading;
        if (before.state() != reading.state()) {
            log.info("Read replica {} is now {}{}", shownUrl, reading.state(),
                    reading.problem() == null ? "" : " (" + reading.problem() + ")");
        }
    }

    void markDown(String problem) {
        saw(new Seen(State.DOWN, null, null, problem, System.nanoTime()));
    }

    /** Hikari asks this about every exception on this pool's connections: a broken connection takes the replica out. */
    private final class BrokenConnections implements SQLExceptionOverride {
        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException failure) {
            if (connectionLost(failure)) {
                markDown("connection lost: " + failure.getMessage());
            }
            return SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    }

    /** Class 08 (connection exception) and the server going away (57P01 admin shutdown, 57P02 crash, 57P03 starting). */
    static boolean connectionLost(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    ReplicaStatus status() {
        Seen now = seen;
        return new ReplicaStatus(shownUrl, now.state(), now.lag(), now.replayed() == null ? null : now.replayed().toString(),
                now.problem());
    }

    void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
