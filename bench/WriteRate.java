import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The load of bench/write-rate.sh: signed-in writers post comments on many published posts as fast as the site
 * answers, each the way a person's browser does it (the post page, then the form it carries: see
 * {@link FaultDrill#commentFields}). Built on {@link FaultDrill} (compiled with it): the same virtual browsers and
 * the same writer sign-up.
 *
 * <p>Phases: a warm-up (not measured), the timed writes, then as long again of the same writers only reading the
 * post pages (what the page read before each write costs on its own). Around each measured phase the script reads
 * the processes' CPU and the WAL position, in a handshake through the events file: this program appends
 * {@code <phase>-ready} and waits for {@code <phase>-go}, runs the phase, appends {@code <phase>-done} and waits for
 * {@code <phase>-measured}, so that nothing of its own (set-up, counting) falls inside a measurement.
 *
 * <p>Arguments {@code key=value}: base, jdbc, jdbc-user, jdbc-password, events, results, writers, seconds,
 * warmup-seconds, read-seconds (0: no read phase), posts (how many published posts to spread the comments over).
 * The results file gets one {@code key value} line per figure, for the script's report.
 */
public class WriteRate {

    private static final long HANDSHAKE_TIMEOUT_MS = 120_000;

    /** One comment write of the timed phase: how long the POST took, what it answered, whether that acknowledged it. */
    record Post(long nanos, String answer, boolean acknowledged) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> config = FaultDrill.arguments(args);
        URI base = URI.create(config.get("base") + "/");
        Path events = Path.of(config.get("events"));
        int writers = Integer.parseInt(config.get("writers"));
        int seconds = Integer.parseInt(config.get("seconds"));
        int warmupSeconds = Integer.parseInt(config.get("warmup-seconds"));
        int readSeconds = Integer.parseInt(config.get("read-seconds"));
        String runId = Long.toString(System.currentTimeMillis(), 36);

        List<String> slugs;
        List<FaultDrill.Browser> browsers = new ArrayList<>();
        try {
            slugs = openPosts(config, Integer.parseInt(config.get("posts")));
            if (slugs.isEmpty()) {
                throw new IllegalStateException("the data set has no published post that takes comments");
            }
            for (int i = 1; i <= writers; i++) {
                browsers.add(FaultDrill.writer(base, "write-rate", i, runId));
            }
        } catch (IllegalStateException | SQLException e) {
            System.err.println("[write-rate] set-up failed: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.err.printf("[write-rate] %d writers signed in, comments spread over %d published posts; %d s warm-up%n",
                writers, slugs.size(), warmupSeconds);

        run(browsers, slugs, warmupSeconds, "wr-" + runId + "-warm", true);

        handshake(events, "writes", true);
        long start = System.nanoTime();
        List<List<Post>> perWriter = run(browsers, slugs, seconds, "wr-" + runId + "-timed", true);
        double elapsed = (System.nanoTime() - start) / 1e9;
        handshake(events, "writes", false);

        long pageReads = 0;
        double readElapsed = 0;
        if (readSeconds > 0) {
            handshake(events, "reads", true);
            long readStart = System.nanoTime();
            pageReads = run(browsers, slugs, readSeconds, null, false).stream().mapToLong(List::size).sum();
            readElapsed = (System.nanoTime() - readStart) / 1e9;
            handshake(events, "reads", false);
        }

        List<Post> posts = perWriter.stream().flatMap(List::stream).toList();
        long[] acknowledgedNanos = posts.stream().filter(Post::acknowledged).mapToLong(Post::nanos).sorted().toArray();
        long[] allNanos = posts.stream().mapToLong(Post::nanos).sorted().toArray();
        Map<String, Integer> failures = new TreeMap<>();
        posts.stream().filter(p -> !p.acknowledged).forEach(p -> failures.merge(p.answer, 1, Integer::sum));

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("writers", writers);
        results.put("posts", slugs.size());
        results.put("seconds", String.format("%.2f", elapsed));
        results.put("tried", posts.size());
        results.put("acknowledged", acknowledgedNanos.length);
        results.put("failed", posts.size() - acknowledgedNanos.length);
        results.put("failed_by_answer", failures.isEmpty() ? "none" : failures.toString());
        results.put("rate", String.format("%.1f", acknowledgedNanos.length / elapsed));
        results.put("p50_ms", String.format("%.1f", percentile(allNanos, 0.50) / 1e6));
        results.put("p99_ms", String.format("%.1f", percentile(allNanos, 0.99) / 1e6));
        results.put("max_ms", String.format("%.1f", allNanos.length == 0 ? 0 : allNanos[allNanos.length - 1] / 1e6));
        results.put("page_reads", pageReads);
        results.put("page_read_rate", String.format("%.1f", readElapsed > 0 ? pageReads / readElapsed : 0));
        try {
            results.put("stored", stored(config, "wr-" + runId + "-timed"));
        } catch (SQLException e) {
            System.err.println("[write-rate] counting the comments failed: " + e.getMessage());
            System.exit(2);
        }
        List<String> lines = new ArrayList<>();
        results.forEach((key, value) -> lines.add(key + " " + value));
        Files.write(Path.of(config.get("results")), lines);
    }

    /**
     * Every writer for this many seconds, each on posts picked at random: a comment (the post page, then the form's
     * POST) when {@code comment}, else the post page alone. Returns per writer the timed POSTs, or the page reads.
     */
    static List<List<Post>> run(List<FaultDrill.Browser> browsers, List<String> slugs, int seconds, String markerPrefix,
            boolean comment) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<List<Post>> perWriter = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (FaultDrill.Browser writer : browsers) {
            List<Post> posts = new ArrayList<>();
            perWriter.add(posts);
            Random random = new Random(writer.name.hashCode() ^ seconds);
            threads.add(new Thread(() -> {
                int sequence = 0;
                while (System.nanoTime() < deadline) {
                    String slug = FaultDrill.pick(slugs, random);
                    FaultDrill.Answer page = writer.get("/posts/" + slug);
                    if (!comment) {
                        posts.add(new Post(0, page.describe(), page.is(200)));
                        continue;
                    }
                    String marker = markerPrefix + "-" + writer.name + "-" + (++sequence);
                    List<Map.Entry<String, String>> fields = FaultDrill.commentFields(writer, page,
                            "Write-rate comment " + marker + ": the lantern is lit, the ledger gets one more line.");
                    Predicate<FaultDrill.Answer> redirectedToIt = FaultDrill.redirectedToComment(slug);
                    long start = System.nanoTime();
                    FaultDrill.Answer answer = writer.post("/posts/" + slug + "/comments", fields, redirectedToIt);
                    posts.add(new Post(System.nanoTime() - start, answer.describe(), redirectedToIt.test(answer)));
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        return perWriter;
    }

    /** Published posts whose thread takes comments, at random, so that the writes spread over pages and index leaves. */
    static List<String> openPosts(Map<String, String> config, int limit) throws SQLException {
        try (Connection db = connect(config);
                PreparedStatement query = db.prepareStatement("select p.slug from posts p join post_threads t on t.post_id = p.id"
                        + " where p.status = 'published' and t.takes_comments order by random() limit ?")) {
            query.setInt(1, limit);
            List<String> slugs = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    slugs.add(rows.getString(1));
                }
            }
            return slugs;
        }
    }

    /** The timed phase's comments in the database by status (and why held), e.g. {@code held/first_comment=812}. */
    static String stored(Map<String, String> config, String markerPrefix) throws SQLException {
        try (Connection db = connect(config);
                PreparedStatement query = db.prepareStatement("select status || coalesce('/' || lower(held_reason), ''), count(*)"
                        + " from comments where content like 'Write-rate comment ' || ? || '-%' group by 1 order by 1")) {
            query.setString(1, markerPrefix);
            StringBuilder stored = new StringBuilder();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.append(stored.length() == 0 ? "" : ",").append(rows.getString(1)).append('=').append(rows.getLong(2));
                }
            }
            return stored.length() == 0 ? "none" : stored.toString();
        }
    }

    private static Connection connect(Map<String, String> config) throws SQLException {
        return DriverManager.getConnection(config.get("jdbc"), config.get("jdbc-user"), config.getOrDefault("jdbc-password", ""));
    }

    /** Before a phase: ready, then wait for go; after it: done, then wait for measured. */
    static void handshake(Path events, String phase, boolean before) throws IOException, InterruptedException {
        String mine = phase + (before ? "-ready" : "-done");
        String theirs = phase + (before ? "-go" : "-measured");
        Files.writeString(events, mine + " " + System.currentTimeMillis() + "\n", java.nio.file.StandardOpenOption.APPEND);
        long until = System.currentTimeMillis() + HANDSHAKE_TIMEOUT_MS;
        while (Files.readAllLines(events).stream().noneMatch(line -> line.startsWith(theirs + " "))) {
            if (System.currentTimeMillis() > until) {
                System.err.println("[write-rate] the script never answered " + mine);
                System.exit(2);
            }
            Thread.sleep(20);
        }
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
