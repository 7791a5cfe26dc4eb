package io.inkwell.db.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The one connection of this instance that listens to {@link ClusterChanges}' channel, on a daemon thread of its
 * own. It is not a pool connection: it is held for the application's whole life, and a pool would count it busy.
 * When the database goes away it tries again after 0.5 s, then doubling up to {@link #MAX_BACKOFF}; once back,
 * every listener hears {@link ClusterChanges#EVERYTHING} once. A connection that answers nothing for
 * {@link #CHECK_AFTER} is asked a question, so a half-open one is noticed too.
 */
class ChangesListener implements SmartLifecycle {

    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration CHECK_AFTER = Duration.ofSeconds(10);
    private static final int WAIT_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(ChangesListener.class);

    private final ClusterChanges changes;
    private final ListenerConnections connections;
    private final Clock clock;
    private volatile Thread thread;
    private volatile Connection current;

    ChangesListener(ClusterChanges changes, ListenerConnections connections, Clock clock) {
        this.changes = changes;
        this.connections = connections;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        Thread listening = new Thread(this::run, "cluster-changes-listener");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    @Override
    public synchronized void stop() {
        Thread listening = thread;
        thread = null;
        if (listening != null) {
            listening.interrupt();
            closeQuietly(current);
            try {
                listening.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** Before the caches' own threads and the web server start, so no change is missed after start-up. */
    @Override
    public int getPhase() {
        return -100;
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (thread == Thread.currentThread()) {
            try (Connection connection = connections.open()) {
                current = connection;
                listen(connection);
                changes.listening(clock.instant());
                log.info("Listening for other instances' changes on channel {}", changes.channel());
                // Changes announced while nobody listened are lost: forget everything once.
                changes.dispatchEverything();
                backoff = FIRST_BACKOFF;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (thread != Thread.currentThread()) {
                    break;
                }
                boolean wasListening = changes.state().listening();
                changes.notListening();
                if (wasListening) {
                    log.warn("Stopped hearing other instances' changes ({}); caches fall back to their time to live "
                            + "until the connection is back", e.toString());
                } else {
                    log.debug("Still cannot listen for changes ({}); next try in {}", e.toString(), backoff);
                }
                if (!sleep(backoff)) {
                    break;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } finally {
                current = null;
            }
        }
        changes.notListening();
    }

    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            // The name is checked to be a plain lower-case identifier (ChannelName); LISTEN takes no bind parameter.
            statement.execute("listen " + changes.channel());
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        Instant lastHeard = clock.instant();
        while (thread == Thread.currentThread()) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            Instant now = clock.instant();
            if (notifications != null && notifications.length > 0) {
                lastHeard = now;
                changes.received(now);
                for (PGNotification notification : notifications) {
                    changes.dispatch(notification.getParameter());
                }
            } else if (Duration.between(lastHeard, now).compareTo(CHECK_AFTER) > 0) {
                try (Statement statement = connection.createStatement()) {
                    statement.setQueryTimeout(5);
                    statement.execute("select 1");
                }
                lastHeard = now;
            }
        }
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException | RuntimeException ignored) {
                // closing to end the listening thread's wait; it is over either way
            }
        }
    }
}
