import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load and the verdict of bench/cluster-drill.sh: the site runs as three instances behind nginx, with a
 * streaming replica; the script kills and stops instances and the replica while this program reads and writes
 * through nginx. Built on {@link FaultDrill} (compiled with it): the same virtual browsers, the same set-up through
 * the site's forms, the same check of acknowledged writes in the primary.
 *
 * <p>Anonymous readers walk every public route; signed-in writers post a comment, then read the page the site sent
 * them to and check their comment is on it. What is counted, per phase of the script's timeline:
 * <ul>
 *   <li>requests by status; failed GETs (no answer, or 5xx: nginx should have tried another instance); failed
 *       POSTs (only those in flight on an instance that died may fail);</li>
 *   <li>own-write-not-seen: the page right after an acknowledged comment does not show it;</li>
 *   <li>sessions lost: a signed-in writer sent to /login, or shown the page as a stranger;</li>
 *   <li>the stale window: a post page whose comment count is lower than a count some earlier answer (which had
 *       ended before this one started) already showed, by how long it came after that answer. It catches page
 *       caches and lagging replicas alike;</li>
 *   <li>acknowledged writes missing from the primary at the end.</li>
 * </ul>
 * Arguments {@code key=value}: base, jdbc, jdbc-user, jdbc-password, events, seconds, readers, writers, admin-email,
 * admin-password. The script appends {@code <event> <epoch ms>} lines to the events file after {@code start}.
 * Exit status 0: the site behaved; 1: it did not; 2: the drill could not run.
 */
public class ClusterDrill {

    private static final Pattern COMMENT_COUNT = Pattern.compile("<h2>(\\d+) comments?</h2>");
    private static final String[] SEARCH_WORDS = {"harbour", "lantern", "keeper", "tide", "granite", "fog"};

    /** The comment count a page showed: by whom, when (ms since the load began). */
    record Seen(String slug, int count, long startMs, long endMs, String user) {
    }

    /** A drill event one user met: own write not seen, session lost. */
    record Incident(String kind, long atMs, String user, String detail) {
    }

    static final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    static final List<Incident> incidents = Collections.synchronizedList(new ArrayList<>());

    static void noteCount(String slug, FaultDrill.Answer page, long startMs, String user) {
        if (page.is(200)) {
            Matcher count = COMMENT_COUNT.matcher(page.body());
            if (count.find()) {
                seen.add(new Seen(slug, Integer.parseInt(count.group(1)), startMs,
                        FaultDrill.sinceLoadStart(System.nanoTime()), user));
            }
        }
    }

    static void read(FaultDrill.Browser reader, FaultDrill.Site site, long deadlineNanos, Random random) {
        List<String> routes = List.of("/", "/posts/", "/posts/", "/posts/", "/categories", "/categories/", "/authors/",
                "/search?q=", "/trending", "/tags", "/feed.xml", "/sitemap.xml", "/robots.txt");
        while (System.nanoTime() < deadlineNanos) {
            String route = FaultDrill.pick(routes, random);
            String slug = FaultDrill.pick(site.postSlugs(), random);
            String path = switch (route) {
                case "/posts/" -> route + slug;
                case "/categories/" -> route + FaultDrill.pick(site.categorySlugs(), random);
                case "/authors/" -> route + site.authorId();
                case "/search?q=" -> route + URLEncoder.encode(SEARCH_WORDS[random.nextInt(SEARCH_WORDS.length)],
                        StandardCharsets.UTF_8);
                default -> route;
            };
            long start = FaultDrill.sinceLoadStart(System.nanoTime());
            FaultDrill.Answer answer = reader.get(path);
            if (route.equals("/posts/")) {
                noteCount(slug, answer, start, reader.name);
            }
            FaultDrill.pause(30);
        }
    }

    /** A comment, then the page the site redirected to, which must show it; over and over. */
    static void write(FaultDrill.Browser writer, FaultDrill.Site site, long deadlineNanos, Random random, String runId) {
        int sequence = 0;
        while (System.nanoTime() < deadlineNanos) {
            String slug = FaultDrill.pick(site.postSlugs(), random);
            long pageStart = FaultDrill.sinceLoadStart(System.nanoTime());
            FaultDrill.Answer page = writer.get("/posts/" + slug);
            if (sessionLost(writer, page, pageStart, "GET /posts/" + slug)) {
                return;
            }
            noteCount(slug, page, pageStart, writer.name);
            String marker = "cd-" + runId + "-" + writer.name + "-" + (++sequence);
            List<Map.Entry<String, String>> fields = FaultDrill.commentFields(writer, page,
                    "Cluster drill comment " + marker + ": the lantern is lit.");
            Predicate<FaultDrill.Answer> redirectedToIt = FaultDrill.redirectedToComment(slug);
            long start = FaultDrill.sinceLoadStart(System.nanoTime());
            FaultDrill.Answer answer = writer.post("/posts/" + slug + "/comments", fields, redirectedToIt);
            boolean acknowledged = redirectedToIt.test(answer);
            writer.writes.add(new FaultDrill.Write("comment", marker, start, answer.describe(), acknowledged));
            if (sessionLost(writer, answer, start, "POST /posts/" + slug + "/comments")) {
                return;
            }
            if (acknowledged) {
                long followStart = FaultDrill.sinceLoadStart(System.nanoTime());
                FaultDrill.Answer own = writer.get(answer.location().replaceFirst("#.*", ""));
                if (sessionLost(writer, own, followStart, "GET " + answer.location())) {
                    return;
                }
                noteCount(slug, own, followStart, writer.name);
                if (!own.is(200) || !own.body().contains(marker)) {
                    incidents.add(new Incident("own-write-not-seen", followStart, writer.name,
                            marker + " on " + answer.location() + " (" + own.describe() + ")"));
                }
            }
            FaultDrill.pause(250);
        }
    }

    /** Sent to /login, or shown a post page as a stranger (no comment form): the session is gone. */
    private static boolean sessionLost(FaultDrill.Browser writer, FaultDrill.Answer answer, long atMs, String request) {
        boolean toLogin = (answer.status() == 302 || answer.status() == 303) && answer.location() != null
                && answer.location().startsWith("/login");
        boolean asStranger = answer.is(200) && answer.body().contains("class=\"login-to-comment\"");
        if (toLogin || asStranger) {
            incidents.add(new Incident("session-lost", atMs, writer.name, request + (toLogin ? " -> /login" : " as a stranger")));
            return true;
        }
        return false;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> config = FaultDrill.arguments(args);
        URI base = URI.create(config.get("base") + "/");
        Path events = Path.of(config.get("events"));
        int seconds = Integer.parseInt(config.get("seconds"));
        int readers = Integer.parseInt(config.get("readers"));
        int writers = Integer.parseInt(config.get("writers"));
        String runId = Long.toString(System.currentTimeMillis(), 36);

        FaultDrill.Site site;
        List<FaultDrill.Browser> writerBrowsers = new ArrayList<>();
        try {
            site = FaultDrill.setUp(base, config.get("admin-email"), config.get("admin-password"));
            for (int i = 1; i <= writers; i++) {
                writerBrowsers.add(FaultDrill.writer(base, "cluster", i, runId));
            }
        } catch (IllegalStateException e) {
            System.err.println("[drill] set-up failed: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.err.printf("[drill] %d posts, %d writers signed in; %d s of load through %s begins%n",
                site.postSlugs().size(), writers, seconds, base);

        List<FaultDrill.Browser> all = new ArrayList<>(writerBrowsers);
        List<Thread> threads = new ArrayList<>();
        long loadStartMillis = System.currentTimeMillis();
        FaultDrill.loadStartNanos = System.nanoTime();
        long deadline = FaultDrill.loadStartNanos + seconds * 1_000_000_000L;
        Files.writeString(events, "start " + loadStartMillis + "\n");
        for (int i = 1; i <= readers; i++) {
            FaultDrill.Browser reader = new FaultDrill.Browser("reader-" + i, base);
            all.add(reader);
            Random random = new Random(i);
            threads.add(new Thread(() -> read(reader, site, deadline, random)));
        }
        for (FaultDrill.Browser writer : writerBrowsers) {
            Random random = new Random(writer.name.hashCode());
            threads.add(new Thread(() -> write(writer, site, deadline, random, runId)));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        // The script's events, in ms since the load began, in the order they happened.
        List<Map.Entry<String, Long>> timeline = new ArrayList<>();
        for (String line : Files.readAllLines(events)) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2 && !parts[0].equals("start")) {
                timeline.add(Map.entry(parts[0], Long.parseLong(parts[1]) - loadStartMillis));
            }
        }
        List<FaultDrill.Sample> samples = new ArrayList<>();
        List<FaultDrill.Write> writes = new ArrayList<>();
        for (FaultDrill.Browser browser : all) {
            samples.addAll(browser.samples);
            writes.addAll(browser.writes);
        }
        List<String> failures;
        try {
            failures = report(config, timeline, samples, writes, seconds * 1000L, readers, writers);
        } catch (SQLException e) {
            System.err.println("[drill] checking the writes failed: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    static List<String> report(Map<String, String> config, List<Map.Entry<String, Long>> timeline,
            List<FaultDrill.Sample> samples, List<FaultDrill.Write> writes, long endMs, int readers, int writers)
            throws SQLException {
        List<String> failures = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of("start"));
        List<Long> starts = new ArrayList<>(List.of(0L));
        timeline.forEach(event -> {
            names.add(event.getKey());
            starts.add(event.getValue());
        });
        System.out.printf("Cluster drill: %d s of load through nginx by %d anonymous readers and %d signed-in writers%n",
                endMs / 1000, readers, writers);
        System.out.print("Events:");
        timeline.forEach(event -> System.out.printf(" %s %.1f s;", event.getKey(), event.getValue() / 1000.0));
        System.out.println();
        System.out.println();

        Map<String, Long> staleByPhase = staleWindows(names, starts);
        List<FaultDrill.Write> missing = FaultDrill.inDatabase(config, writes.stream().filter(FaultDrill.Write::acknowledged).toList(), false);

        System.out.printf("%-20s %-11s %8s %6s %6s %5s %5s %5s %6s %7s  %s%n", "phase (from)", "time", "requests",
                "GETbad", "POSTbad", "acked", "lost", "own", "sesslost", "stale", "by status");
        long totalBadGets = 0;
        long totalOwn = 0;
        long totalSessions = 0;
        for (int p = 0; p < names.size(); p++) {
            long from = starts.get(p);
            long to = p + 1 < starts.size() ? starts.get(p + 1) : Long.MAX_VALUE;
            List<FaultDrill.Sample> phase = samples.stream().filter(s -> s.startMs() >= from && s.startMs() < to).toList();
            Map<String, Integer> byStatus = new TreeMap<>();
            phase.forEach(s -> byStatus.merge(s.status(), 1, Integer::sum));
            long badGets = phase.stream().filter(s -> s.request().startsWith("GET") && failed(s)).count();
            long badPosts = phase.stream().filter(s -> s.request().startsWith("POST") && failed(s)).count();
            List<FaultDrill.Write> phaseWrites = writes.stream().filter(w -> w.startMs() >= from && w.startMs() < to).toList();
            long acked = phaseWrites.stream().filter(FaultDrill.Write::acknowledged).count();
            long lost = missing.stream().filter(w -> w.startMs() >= from && w.startMs() < to).count();
            long own = incidents.stream().filter(i -> i.kind.equals("own-write-not-seen") && i.atMs >= from && i.atMs < to).count();
            long sessions = incidents.stream().filter(i -> i.kind.equals("session-lost") && i.atMs >= from && i.atMs < to).count();
            StringBuilder statuses = new StringBuilder();
            byStatus.forEach((status, n) -> statuses.append(statuses.length() == 0 ? "" : " ").append(status).append('x').append(n));
            System.out.printf("%-20s %4.0f-%-4.0f s %8d %6d %6d %5d %5d %5d %6d %5d ms  %s%n", names.get(p), from / 1000.0,
                    Math.min(to, endMs) / 1000.0, phase.size(), badGets, badPosts, acked, lost, own, sessions,
                    staleByPhase.getOrDefault(names.get(p), 0L), statuses);
            totalBadGets += badGets;
            totalOwn += own;
            totalSessions += sessions;
        }
        System.out.println();
        System.out.println("GETbad/POSTbad: no answer or 5xx; acked: comments acknowledged with a redirect to them; lost: of those,"
                + " missing from the primary at the end; own: the page after an acknowledged comment did not show it;"
                + " sesslost: a signed-in writer sent to /login or shown the page as a stranger; stale: the longest a post"
                + " page showed fewer comments than an answer that had ended before it began.");
        samples.stream().filter(ClusterDrill::failed).limit(15)
                .forEach(s -> System.out.println("  failed: " + s.describe()));
        incidents.stream().limit(15).forEach(i -> System.out.printf("  %s at %.1f s: %s %s%n", i.kind, i.atMs / 1000.0,
                i.user, i.detail));
        missing.forEach(w -> System.out.printf("  missing: %s (answered %s, started at %.1f s)%n", w.marker(), w.answer(),
                w.startMs() / 1000.0));

        long acknowledged = writes.stream().filter(FaultDrill.Write::acknowledged).count();
        System.out.printf("%nTotals: %d requests, %d failed GETs, %d failed POSTs, %d acknowledged comments, %d missing,"
                + " %d own-write-not-seen, %d sessions lost, longest stale page %d ms%n", samples.size(), totalBadGets,
                samples.stream().filter(s -> s.request().startsWith("POST") && failed(s)).count(), acknowledged,
                missing.size(), totalOwn, totalSessions, staleByPhase.values().stream().mapToLong(Long::longValue).max().orElse(0));
        if (totalBadGets > 0) {
            failures.add(totalBadGets + " GETs failed");
        }
        if (!missing.isEmpty()) {
            failures.add(missing.size() + " acknowledged comments are missing from the primary");
        }
        if (totalOwn > 0) {
            failures.add(totalOwn + " writers did not see their own comment");
        }
        if (totalSessions > 0) {
            failures.add(totalSessions + " sessions lost");
        }
        if (acknowledged == 0) {
            failures.add("no comment was acknowledged at all");
        }
        System.out.println(failures.isEmpty() ? "RESULT: PASS" : "RESULT: FAIL " + failures);
        return failures;
    }

    private static boolean failed(FaultDrill.Sample sample) {
        return sample.outcome() == FaultDrill.Outcome.FAILED;
    }

    /**
     * Per phase (by when the stale answer began): the longest time between an answer showing a post's comment count
     * and the start of a later answer showing a lower count for the same post.
     */
    static Map<String, Long> staleWindows(List<String> names, List<Long> starts) {
        Map<String, List<Seen>> bySlug = new HashMap<>();
        synchronized (seen) {
            seen.forEach(s -> bySlug.computeIfAbsent(s.slug, k -> new ArrayList<>()).add(s));
        }
        Map<String, Long> worst = new HashMap<>();
        for (List<Seen> answers : bySlug.values()) {
            answers.sort(Comparator.comparingLong(Seen::endMs));
            for (Seen answer : answers) {
                long firstHigher = Long.MAX_VALUE;
                for (Seen earlier : answers) {
                    if (earlier.endMs >= answer.startMs) {
                        break;
                    }
                    if (earlier.count > answer.count) {
                        firstHigher = earlier.endMs;
                        break;
                    }
                }
                if (firstHigher != Long.MAX_VALUE) {
                    String phase = phaseOf(answer.startMs, names, starts);
                    worst.merge(phase, answer.startMs - firstHigher, Math::max);
                }
            }
        }
        return worst;
    }

    private static String phaseOf(long atMs, List<String> names, List<Long> starts) {
        int phase = 0;
        for (int p = 0; p < starts.size(); p++) {
            if (atMs >= starts.get(p)) {
                phase = p;
            }
        }
        return names.get(phase);
    }
}
