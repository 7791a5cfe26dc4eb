package io.inkwell.db.changes;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every instance of the site that something it may hold in memory has changed, and hears what any
 * instance (this one included) told. A change is a topic ({@code pages}, {@code settings}, ...) and a short
 * payload, usually an id, or {@link #EVERYTHING}. Listeners must be idempotent: the same change may arrive more
 * than once (its own, twice by an announcement and a reconnect), and {@link #EVERYTHING} arrives after every
 * reconnection.
 *
 * <p>Announced inside a write transaction, the notification is part of it: PostgreSQL delivers it when the
 * transaction commits and never when it rolls back. Without a transaction it is sent at once. Do not announce
 * from an after-commit callback while the committed transaction's connection is still bound: the statement would
 * join a transaction that never commits; announce in the transaction itself instead.
 */
public class ClusterChanges {

    /** The payload meaning "forget everything of this topic". */
    public static final String EVERYTHING = "*";
    /** PostgreSQL refuses a payload of 8000 bytes or more; the topic and separator count too. */
    static final int MAX_MESSAGE_BYTES = 7999;

    private static final Logger log = LoggerFactory.getLogger(ClusterChanges.class);
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9.-]{0,62}");
    private static final char SEPARATOR = ':';

    private final JdbcTemplate jdbc;
    private final String channel;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final List<Runnable> beforeEveryChange = new CopyOnWriteArrayList<>();
    private volatile Instant connectedSince;
    private volatile Instant lastReceived;

    public ClusterChanges(JdbcTemplate jdbc, String channel) {
        this.jdbc = jdbc;
        this.channel = ChannelName.check(channel);
    }

    /**
     * Sends {@code topic}'s change to every instance. A payload too long for PostgreSQL becomes
     * {@link #EVERYTHING}: every instance forgets more than it needed to, but misses nothing.
     */
    public void announce(String topic, String payload) {
        checkTopic(topic);
        String message = topic + SEPARATOR + payload;
        if (message.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
            log.debug("A {} change of {} characters is announced as everything", topic, payload.length());
            message = topic + SEPARATOR + EVERYTHING;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // A read-only transaction may run on a replica, where NOTIFY is refused: send it once this one is over.
            String later = message;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    sendOutsideTransaction(later);
                }
            });
            return;
        }
        jdbc.queryForObject("select pg_notify(?, ?)::text", String.class, channel, message);
    }

    private void sendOutsideTransaction(String message) {
        try {
            // Not JdbcTemplate: during completion the finished transaction's connection is still bound to the thread.
            try (Connection connection = jdbc.getDataSource().getConnection();
                 PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
                connection.setAutoCommit(true);
                statement.setString(1, channel);
                statement.setString(2, message);
                statement.execute();
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not announce a change to the other instances ({}); their caches catch up by their time to live",
                    e.toString());
        }
    }

    /** Calls {@code listener} with the payload of every change of {@code topic}, on the listening thread. */
    public void onChange(String topic, Consumer<String> listener) {
        checkTopic(topic);
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /**
     * Runs {@code hook} on the listening thread before any listener hears a change (also before the
     * {@link #EVERYTHING} after a reconnect): read routing uses it so a cache refilled after the notice is not
     * refilled from a replica that has not replayed the change yet.
     */
    public void beforeEveryChange(Runnable hook) {
        beforeEveryChange.add(hook);
    }

    /** The channel every instance listens on. */
    public String channel() {
        return channel;
    }

    /** Whether this instance hears the others now, since when, and when it last heard anything. */
    public ListenerState state() {
        return new ListenerState(connectedSince != null, Optional.ofNullable(lastReceived), Optional.ofNullable(connectedSince));
    }

    void listening(Instant since) {
        connectedSince = since;
    }

    void notListening() {
        connectedSince = null;
    }

    void received(Instant at) {
        lastReceived = at;
    }

    /** Hands a received notification to its topic's listeners; one listener's failure stops no other. */
    void dispatch(String message) {
        int separator = message.indexOf(SEPARATOR);
        if (separator < 0) {
            log.debug("Ignored a notification without a topic: {}", message);
            return;
        }
        String topic = message.substring(0, separator);
        String payload = message.substring(separator + 1);
        runBeforeEveryChange();
        for (Consumer<String> listener : listeners.getOrDefault(topic, List.of())) {
            call(listener, topic, payload);
        }
    }

    /** After the listening connection was away: every topic's listeners hear {@link #EVERYTHING}. */
    void dispatchEverything() {
        runBeforeEveryChange();
        listeners.forEach((topic, each) -> each.forEach(listener -> call(listener, topic, EVERYTHING)));
    }

    private void runBeforeEveryChange() {
        for (Runnable hook : beforeEveryChange) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                log.warn("A hook before changes failed", e);
            }
        }
    }

    private static void call(Consumer<String> listener, String topic, String payload) {
        try {
            listener.accept(payload);
        } catch (RuntimeException e) {
            log.warn("A listener of {} changes failed on {}", topic, payload, e);
        }
    }

    private static void checkTopic(String topic) {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("A change topic is lower-case letters, digits, '.' and '-': " + topic);
        }
    }

    /** What the listening connection is doing, for health. */
    public record ListenerState(boolean listening, Optional<Instant> lastReceived, Optional<Instant> connectedSince) {
    }
}
