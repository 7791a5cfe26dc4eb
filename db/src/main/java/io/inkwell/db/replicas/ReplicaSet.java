package io.inkwell.db.replicas;

import io.inkwell.db.ReadReplicas;
import io.inkwell.db.ReplicaStatus;
import io.inkwell.db.ReplicaStatus.State;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replicas, what a background monitor last read of each, and the choice of where a read-only transaction goes.
 * The choice issues no statement: it compares the position a read must see with the monitor's last reading.
 *
 * <p>A read must see: the position its client wrote at (cookie or session), every write its own request committed,
 * and this instance's floor: the position of the last write committed here, so a cache this instance refills after
 * a write is never older than the write. Writes made outside a request (jobs) and notices of other instances' writes
 * send reads to the primary until the next sample of the primary's position (every poll) becomes the floor.
 */
final class ReplicaSet implements ReadReplicas, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaSet.class);

    /** The floor and how many untimed writes (jobs, other instances') it covers. */
    private record Floor(WalPosition position, long coversWrites) {
    }

    /** A request on this thread: the position it must see, and who hears of its writes. */
    private static final class RequestState implements Request {
        private final ThreadLocal<RequestState> owner;
        private WalPosition mustSee;
        private final Consumer<String> onWrite;

        RequestState(ThreadLocal<RequestState> owner, WalPosition mustSee, Consumer<String> onWrite) {
            this.owner = owner;
            this.mustSee = mustSee;
            this.onWrite = onWrite;
        }

        @Override
        public void close() {
            owner.remove();
        }
    }

    private final List<Replica> replicas;
    private final Duration maxLag;
    private final Duration pollInterval;
    private final long freshNanos;
    private final ReplicaProbe probe;
    private final PrimaryHistory primaryHistory;
    private final ThreadLocal<RequestState> requests = new ThreadLocal<>();
    private final AtomicLong untimedWrites = new AtomicLong();
    private final AtomicReference<Floor> floor = new AtomicReference<>(new Floor(WalPosition.ZERO, 0));
    private final AtomicInteger turn = new AtomicInteger();
    private volatile DataSource primary;
    private volatile DataSource routing;
    private ScheduledExecutorService monitor;
    private final List<ReplicaWatch> watches = new java.util.ArrayList<>();

    ReplicaSet(List<String> urls, Duration maxLag, Duration pollInterval, ReplicaProbe probe) {
        AtomicInteger number = new AtomicInteger();
        this.replicas = urls.stream().map(url -> new Replica(number.incrementAndGet(), url)).toList();
        this.maxLag = maxLag;
        this.pollInterval = pollInterval;
        // A reading older than a few polls means the monitor is stuck on that replica: do not trust it.
        this.freshNanos = Math.max(Duration.ofSeconds(2).toNanos(), pollInterval.multipliedBy(8).toNanos());
        this.probe = probe;
        this.primaryHistory = new PrimaryHistory(maxLag.multipliedBy(2).plusSeconds(1), Duration.ofNanos(freshNanos));
    }

    List<Replica> replicas() {
        return replicas;
    }

    Duration maxLag() {
        return maxLag;
    }

    PrimaryHistory primaryHistoryForTest() {
        return primaryHistory;
    }

    /**
     * Opens the replicas' pools (with the primary's user and pool size) and starts the monitor against
     * {@code primaryPool}, the primary's own pool; {@code routing} is the DataSource transactions are bound to.
     */
    synchronized void start(HikariDataSource primaryPool, DataSource routing) {
        if (monitor != null) {
            throw new IllegalStateException("The read replicas serve one DataSource only");
        }
        this.primary = primaryPool;
        this.routing = routing;
        for (Replica replica : replicas) {
            replica.open(primaryPool.getUsername(), primaryPool.getPassword(), primaryPool.getMaximumPoolSize());
        }
        AtomicInteger threads = new AtomicInteger();
        monitor = Executors.newScheduledThreadPool(replicas.size() + 1, task -> {
            Thread thread = new Thread(task, "inkwell-replica-monitor-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        long period = pollInterval.toMillis();
        monitor.scheduleWithFixedDelay(this::samplePrimary, 0, period, TimeUnit.MILLISECONDS);
        for (Replica replica : replicas) {
            ReplicaWatch watch = new ReplicaWatch(replica);
            watches.add(watch);
            monitor.scheduleWithFixedDelay(watch::poll, 0, period, TimeUnit.MILLISECONDS);
        }
    }

    /** One poll of the primary and every replica, now, on this thread (tests, which poll at their own pace). */
    void pollNow() {
        samplePrimary();
        List<ReplicaWatch> each;
        synchronized (this) {
            each = List.copyOf(watches);
        }
        each.forEach(ReplicaWatch::poll);
    }

    // ---- the choice --------------------------------------------------------------------------------------------

    /** The replica to serve this thread's read-only transaction, or null for the primary. */
    Replica replicaForRead() {
        Floor current = floor.get();
        if (untimedWrites.get() > current.coversWrites()) {
            return null;
        }
        WalPosition mustSee = current.position();
        RequestState request = requests.get();
        if (request != null) {
            mustSee = WalPosition.max(mustSee, request.mustSee);
        }
        int start = Math.floorMod(turn.getAndIncrement(), Math.max(1, replicas.size()));
        int chosen = choose(replicas.stream().map(Replica::seen).toList(), mustSee, System.nanoTime(), freshNanos, start);
        return chosen < 0 ? null : replicas.get(chosen);
    }

    /**
     * The first replica from {@code start} on (round) that is in use, was read within {@code freshNanos} and has
     * replayed {@code mustSee}; -1 when none is: the primary then serves the read.
     */
    static int choose(List<Replica.Seen> seen, WalPosition mustSee, long nowNanos, long freshNanos, int start) {
        for (int i = 0; i < seen.size(); i++) {
            int index = (start + i) % seen.size();
            Replica.Seen reading = seen.get(index);
            if (reading.state() == State.IN_USE && nowNanos - reading.atNanos() <= freshNanos
                    && reading.replayed() != null && reading.replayed().isAtLeast(mustSee)) {
                return index;
            }
        }
        return -1;
    }

    // ---- writes ------------------------------------------------------------------------------------------------

    /**
     * A read-write transaction committed on this thread. In a request: the primary's position now is read (one
     * statement, on the committed transaction's connection) and becomes what this request and this instance must see, and the
     * client's token. Elsewhere: no statement; reads go to the primary until the next sample covers the write.
     */
    void committedWrite() {
        RequestState request = requests.get();
        if (request == null) {
            untimedWrites.incrementAndGet();
            return;
        }
        WalPosition position;
        try {
            position = primaryPosition(boundConnection());
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not read the primary's WAL position after a write; this instance reads from the primary "
                    + "until the next sample: {}", e.getMessage());
            untimedWrites.incrementAndGet();
            request.mustSee = new WalPosition(-1);
            return;
        }
        request.mustSee = WalPosition.max(request.mustSee, position);
        floor.updateAndGet(current -> new Floor(WalPosition.max(current.position(), position), current.coversWrites()));
        request.onWrite.accept(position.token());
    }

    /** The committed transaction's connection (still bound while its commit is being heard of), or null. */
    private Connection boundConnection() {
        if (routing != null && TransactionSynchronizationManager.getResource(routing) instanceof ConnectionHolder holder) {
            try {
                return holder.getConnection();
            } catch (IllegalStateException released) {
                return null;
            }
        }
        return null;
    }

    private WalPosition primaryPosition(Connection connection) throws SQLException {
        if (connection != null) {
            WalPosition position = currentPosition(connection);
            // Still the committed transaction's connection, autocommit not yet restored: end the read we began.
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return position;
        }
        try (Connection own = primary.getConnection()) {
            return currentPosition(own);
        }
    }

    /**
     * Where the primary's WAL ends now, as inserted: a commit just made lies before it even while it waits to be
     * written out (with {@code synchronous_commit} off, {@code pg_current_wal_lsn()} may still be short of it).
     */
    private static WalPosition currentPosition(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_current_wal_insert_lsn()::text")) {
            row.next();
            return WalPosition.parse(row.getString(1));
        }
    }

    // ---- ReadReplicas ------------------------------------------------------------------------------------------

    @Override
    public Request beginRequest(Collection<String> writtenAt, Consumer<String> onWrite) {
        WalPosition mustSee = writtenAt.stream().map(WalPosition::fromToken).flatMap(Optional::stream)
                .reduce(WalPosition.ZERO, WalPosition::max);
        RequestState state = new RequestState(requests, mustSee,
                onWrite == null ? token -> { } : onWrite);
        requests.set(state);
        return state;
    }

    @Override
    public void writtenElsewhere() {
        untimedWrites.incrementAndGet();
    }

    @Override
    public List<ReplicaStatus> status() {
        return replicas.stream().map(Replica::status).toList();
    }

    // ---- the monitor -------------------------------------------------------------------------------------------

    private void samplePrimary() {
        long writes = untimedWrites.get();
        long at = System.nanoTime();
        WalPosition position;
        try (Connection connection = primary.getConnection()) {
            position = currentPosition(connection);
        } catch (SQLException | RuntimeException e) {
            log.debug("Could not sample the primary's WAL position: {}", e.getMessage());
            return;
        }
        primaryHistory.record(at, position);
        floor.updateAndGet(current -> writes > current.coversWrites()
                ? new Floor(WalPosition.max(current.position(), position), writes)
                : current);
    }

    /** Polls one replica on a connection of its own (not from its pool, so a full pool cannot hide it). */
    private final class ReplicaWatch {
        private final Replica replica;
        private Connection connection;

        ReplicaWatch(Replica replica) {
            this.replica = replica;
        }

        synchronized void poll() {
            try {
                if (connection == null || connection.isClosed()) {
                    connection = connect();
                }
                ReplicaProbe.Reading reading = probe.read(connection);
                replica.saw(judge(reading, System.nanoTime()));
            } catch (SQLException | RuntimeException e) {
                replica.markDown(e.getMessage());
                closeQuietly();
            }
        }

        private Connection connect() throws SQLException {
            Properties properties = new Properties();
            HikariCredentials.copy(replica.pool(), properties);
            int seconds = (int) Math.max(1, Math.min(5, maxLag.toSeconds()));
            properties.setProperty("connectTimeout", String.valueOf(seconds));
            properties.setProperty("loginTimeout", String.valueOf(seconds));
            properties.setProperty("socketTimeout", String.valueOf(seconds));
            properties.setProperty("ApplicationName", "inkwell-replica-monitor");
            return DriverManager.getConnection(replica.url(), properties);
        }

        private void closeQuietly() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // broken already
                }
                connection = null;
            }
        }
    }

    /**
     * How far behind a replica is: against the primary's sampled positions when there are fresh samples; otherwise
     * (the primary unreachable from here) zero when it has replayed all it received, else the age of its last
     * replayed transaction; unknown (so lagging) when even that is missing.
     */
    Replica.Seen judge(ReplicaProbe.Reading reading, long nowNanos) {
        if (reading.replayed() == null) {
            return new Replica.Seen(State.NOT_A_REPLICA, null, null, "pg_last_wal_replay_lsn() is null: not a replica",
                    nowNanos);
        }
        Duration lag = primaryHistory.lagOf(reading.replayed(), nowNanos);
        if (lag == null) {
            if (reading.received() != null && reading.replayed().isAtLeast(reading.received())) {
                lag = Duration.ZERO;
            } else {
                lag = reading.sinceLastReplay();
            }
        }
        if (lag == null || lag.compareTo(maxLag) > 0) {
            return new Replica.Seen(State.LAGGING, reading.replayed(), lag,
                    lag == null ? "how far behind is unknown" : "behind by more than " + maxLag, nowNanos);
        }
        return new Replica.Seen(State.IN_USE, reading.replayed(), lag, null, nowNanos);
    }

    @Override
    public synchronized void close() {
        if (monitor != null) {
            monitor.shutdownNow();
        }
        replicas.forEach(Replica::close);
    }
}
