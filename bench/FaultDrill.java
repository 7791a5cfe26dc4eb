import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load and the verdict of bench/fault-drill.sh: sets up a small site through its own forms, then
 * drives readers and signed-in writers against it while the script kills PostgreSQL and starts it again,
 * and prints what the clients saw. Exit status 0: the site behaved; 1: it did not; 2: the drill itself
 * could not run.
 *
 * <p>Java rather than Python: the site already needs a JDK 17, which runs this file as it is; HttpClient
 * keeps a cookie jar and a connection pool per virtual user and gives every request a timeout; and the
 * acknowledged writes are checked with the PostgreSQL JDBC driver from the site's own jar, so nothing
 * else has to be installed.
 *
 * <p>Arguments are {@code key=value}: base, jdbc, jdbc-user, jdbc-password, events, seconds, readers,
 * writers, connection-timeout-ms, margin-ms, admin-email, admin-password, and optionally requests-csv (every
 * request of the load, for a closer look). The script appends
 * {@code kill}, {@code restart} and {@code ready} lines (epoch milliseconds) to the events file after
 * this program writes {@code start} there.
 */
public class FaultDrill {

    /** Long enough that a request hanging on the database shows as a hang, not as a client timeout. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    /** A category checkbox of the post form, whatever the order of its attributes. */
    private static final Pattern CATEGORY_ID = Pattern.compile(
            "<input(?=[^>]*name=\"categoryIds\")[^>]*value=\"(" + UUID_RE + ")\"");
    private static final Pattern AUTHOR_LINK = Pattern.compile("href=\"/authors/(" + UUID_RE + ")\"");
    private static final Pattern DRAFT_SAVED = Pattern.compile("/posts/(" + UUID_RE + ")/edit");
    /** The comment form's token of the site's spam rule (a form of this site, shown long enough ago). */
    private static final Pattern FORM_TOKEN = Pattern.compile("<input(?=[^>]*name=\"formToken\")[^>]*value=\"([^\"]*)\"");
    private static final String[] SEARCH_WORDS = {"harbour", "lantern", "keeper", "tide", "granite", "\"night watch\"",
        "storm -calm", "lantern or beacon", "fog", "ledger"};
    private static final int POSTS = 5;
    private static final int CATEGORIES = 3;
    private static final String WRITER = "writer-";
    private static final long COMMENT_SPACING_NANOS = 6_500_000_000L;

    /** Set when the load begins; requests before it (the set-up) are not counted. ClusterDrill sets it too. */
    static volatile long loadStartNanos;

    enum Outcome { OK, FAILED, UNEXPECTED }

    /** One request of the load; times in ms since the load started. */
    record Sample(String user, String request, long startMs, long endMs, String status, Outcome outcome) {
        long durationMs() {
            return endMs - startMs;
        }

        /** The request with the drill's own slugs, ids and search words left out, to count alike requests together. */
        String route() {
            return request.replaceAll("/posts/drill-post-\\d+", "/posts/{slug}")
                    .replaceAll("/categories/drill-category-\\d+", "/categories/{slug}")
                    .replaceAll("/authors/" + UUID_RE, "/authors/{id}").replaceAll("\\?q=.*", "?q=...");
        }

        String describe() {
            return String.format("%.3f s  %s -> %s (%s, started at %.1f s)", durationMs() / 1000.0, request, status, user,
                    startMs / 1000.0);
        }
    }

    /** A comment or draft the drill tried to write, how the site answered, and whether that acknowledged it. */
    record Write(String kind, String marker, long startMs, String answer, boolean acknowledged) {
    }

    record Answer(int status, String body, String location, String error) {
        boolean is(int code) {
            return status == code;
        }

        String describe() {
            return error != null ? error : String.valueOf(status);
        }
    }

    /** A virtual user: its own cookie jar and connections, and the requests it made once the load began. */
    static final class Browser {
        final String name;
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        final URI base;
        final List<Sample> samples = new ArrayList<>();
        final List<Write> writes = new ArrayList<>();
        String csrf;

        Browser(String name, URI base) {
            this.name = name;
            this.base = base;
        }

        Answer get(String path) {
            return send(HttpRequest.newBuilder(base.resolve(path)).GET(), "GET " + path, null);
        }

        Answer post(String path, List<Map.Entry<String, String>> fields, Predicate<Answer> acknowledged) {
            StringBuilder body = new StringBuilder();
            for (Map.Entry<String, String> field : fields) {
                if (body.length() > 0) {
                    body.append('&');
                }
                body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
            }
            return send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())), "POST " + path, acknowledged);
        }

        /** Reads are fine with a 200; a write only with the redirect it expects ({@code acknowledged}). */
        private Answer send(HttpRequest.Builder request, String label, Predicate<Answer> acknowledged) {
            long start = System.nanoTime();
            Answer answer;
            try {
                HttpResponse<String> response = http.send(request.timeout(REQUEST_TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString());
                answer = new Answer(response.statusCode(), response.body(),
                        response.headers().firstValue("Location").map(this::pathOf).orElse(null), null);
            } catch (HttpTimeoutException e) {
                answer = new Answer(-1, "", null, "timeout");
            } catch (IOException e) {
                answer = new Answer(-1, "", null, "io-error");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer = new Answer(-1, "", null, "interrupted");
            }
            long end = System.nanoTime();
            if (loadStartNanos != 0) {
                String status = answer.describe();
                Outcome outcome = answer.error != null || answer.status >= 500 ? Outcome.FAILED
                        : (acknowledged == null ? answer.is(200) : acknowledged.test(answer)) ? Outcome.OK : Outcome.UNEXPECTED;
                samples.add(new Sample(name, label, sinceLoadStart(start), sinceLoadStart(end), status, outcome));
            }
            return answer;
        }

        /** The path, query and fragment of a Location header, relative or absolute. */
        private String pathOf(String location) {
            URI uri = base.resolve(location);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        }

        /** Remembers the CSRF token of a form page; while pages fail, writes go out with the last one. */
        void keepCsrf(Answer page) {
            if (page.is(200)) {
                Matcher m = CSRF.matcher(page.body);
                if (m.find()) {
                    csrf = m.group(1) != null ? m.group(1) : m.group(2);
                }
            }
        }

        void logIn(String email, String password) {
            keepCsrf(required(get("/login"), "the login page"));
            Answer login = post("/login", List.of(Map.entry("email", email), Map.entry("password", password),
                    Map.entry("_csrf", csrf)), null);
            if (!(login.status == 302 && login.location != null && !login.location.startsWith("/login"))) {
                throw new IllegalStateException(email + " could not log in: HTTP " + login.status + " to " + login.location);
            }
        }
    }

    static long sinceLoadStart(long nanos) {
        return (nanos - loadStartNanos) / 1_000_000;
    }

    static Answer required(Answer answer, String what) {
        if (!answer.is(200)) {
            throw new IllegalStateException(what + " answered " + (answer.error != null ? answer.error : "HTTP " + answer.status));
        }
        return answer;
    }

    private static void requireRedirect(Answer answer, String expectedPrefix, String what) {
        if (!((answer.status == 302 || answer.status == 303) && answer.location != null
                && answer.location.startsWith(expectedPrefix))) {
            throw new IllegalStateException(what + " answered HTTP " + answer.status + " to " + answer.location);
        }
    }

    /** What the readers and writers need to find: made through the site's forms, as people would. */
    record Site(List<String> postSlugs, List<String> categorySlugs, String authorId) {
    }

    static Site setUp(URI base, String adminEmail, String adminPassword) {
        Browser admin = new Browser("admin", base);
        admin.logIn(adminEmail, adminPassword);
        admin.keepCsrf(required(admin.get("/admin/categories"), "/admin/categories"));
        for (int i = 1; i <= CATEGORIES; i++) {
            requireRedirect(admin.post("/admin/categories", List.of(Map.entry("name", "Drill category " + i),
                    Map.entry("description", "Posts of the fault drill"), Map.entry("_csrf", admin.csrf)), null),
                    "/admin/categories", "creating a category");
        }
        Answer form = required(admin.get("/posts/new"), "/posts/new");
        admin.keepCsrf(form);
        List<String> categoryIds = all(CATEGORY_ID, form.body);
        if (categoryIds.size() < CATEGORIES) {
            throw new IllegalStateException("the post form lists " + categoryIds.size() + " categories");
        }
        List<String> slugs = new ArrayList<>();
        for (int i = 1; i <= POSTS; i++) {
            String slug = "drill-post-" + i;
            requireRedirect(admin.post("/posts/new", List.of(Map.entry("title", "Drill post " + i + ": the harbour keeper"),
                    Map.entry("slug", slug), Map.entry("content", postText(i)), Map.entry("excerpt", ""),
                    Map.entry("featuredImageUrl", ""), Map.entry("version", "0"),
                    Map.entry("categoryIds", categoryIds.get(i % CATEGORIES)), Map.entry("action", "publish"),
                    Map.entry("_csrf", admin.csrf)), null), "/posts/", "publishing a post");
            slugs.add(slug);
        }
        Matcher author = AUTHOR_LINK.matcher(required(admin.get("/posts/" + slugs.get(0)), "a post page").body);
        if (!author.find()) {
            throw new IllegalStateException("the post page links to no author");
        }
        Matcher categories = Pattern.compile("href=\"/categories/(drill-category-[^\"/?#]+)\"")
                .matcher(required(admin.get("/categories"), "/categories").body);
        List<String> categorySlugs = new ArrayList<>();
        while (categories.find()) {
            categorySlugs.add(categories.group(1));
        }
        if (categorySlugs.isEmpty()) {
            throw new IllegalStateException("/categories lists none of the drill's categories");
        }
        return new Site(slugs, categorySlugs, author.group(1));
    }

    private static String postText(int i) {
        return "## The night watch " + i + "\n\nThe keeper climbs the granite stairs at dusk and lights the lantern."
                + "\n\nFog rolls over the harbour; the tide turns, and the ledger gets one more line.\n";
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!found.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /**
     * A writer: registers through the form (the site answers with its "check your mail" page, or a redirect; the
     * address need not be confirmed to comment or save drafts), then logs in with a fresh browser, as the drill's user.
     */
    static Browser writer(URI base, String emailPrefix, int number, String runId) {
        Browser registering = new Browser("register", base);
        registering.keepCsrf(required(registering.get("/register"), "/register"));
        String email = emailPrefix + "-" + runId + "-" + number + "@inkwell.example";
        String password = emailPrefix + "-password-" + runId;
        Answer registered = registering.post("/register", List.of(Map.entry("name", "Drill writer " + number),
                Map.entry("email", email), Map.entry("password", password), Map.entry("_csrf", registering.csrf)), null);
        boolean checkYourMail = registered.is(200) && !registered.body().contains("name=\"password\"");
        if (!checkYourMail && registered.status() != 302 && registered.status() != 303) {
            throw new IllegalStateException("registering " + email + " answered " + registered.describe());
        }
        Browser writer = new Browser(WRITER + number, base);
        writer.logIn(email, password);
        return writer;
    }

    static void read(Browser reader, Site site, long deadlineNanos, Random random) {
        List<String> routes = List.of("/", "/posts/", "/categories/", "/authors/", "/search?q=", "/trending", "/feed.xml");
        while (System.nanoTime() < deadlineNanos) {
            String route = routes.get(random.nextInt(routes.size()));
            String path = switch (route) {
                case "/posts/" -> route + pick(site.postSlugs, random);
                case "/categories/" -> route + pick(site.categorySlugs, random);
                case "/authors/" -> route + site.authorId;
                case "/search?q=" -> route + URLEncoder.encode(SEARCH_WORDS[random.nextInt(SEARCH_WORDS.length)],
                        StandardCharsets.UTF_8);
                default -> route;
            };
            reader.get(path);
            pause(50);
        }
    }

    /**
     * A comment whenever the site's limit allows one (it takes 10 a minute per person, so one every
     * {@link #COMMENT_SPACING_NANOS}), drafts in between. Each write first opens its form page (a signed-in
     * page, so always rendered); when that fails the write still goes out with the last CSRF token, so
     * writes meet the outage too.
     */
    static void write(Browser writer, Site site, long deadlineNanos, Random random, String runId) {
        int sequence = 0;
        // Writers start their comments at different moments, so that some comments meet the kill.
        long nextComment = System.nanoTime() + random.nextLong(COMMENT_SPACING_NANOS);
        while (System.nanoTime() < deadlineNanos) {
            String marker = "fd-" + runId + "-" + writer.name + "-" + (++sequence);
            long start = sinceLoadStart(System.nanoTime());
            Answer answer;
            if (System.nanoTime() >= nextComment) {
                nextComment = System.nanoTime() + COMMENT_SPACING_NANOS;
                String slug = pick(site.postSlugs, random);
                Predicate<Answer> redirectedToIt = redirectedToComment(slug);
                answer = writer.post("/posts/" + slug + "/comments", commentFields(writer, writer.get("/posts/" + slug),
                        "Drill comment " + marker + ": the lantern is lit."), redirectedToIt);
                writer.writes.add(new Write("comment", marker, start, answer.describe(), redirectedToIt.test(answer)));
            } else {
                writer.keepCsrf(writer.get("/posts/new"));
                Predicate<Answer> redirectedToIt = a -> (a.status == 302 || a.status == 303) && a.location != null
                        && DRAFT_SAVED.matcher(a.location).matches();
                answer = writer.post("/posts/new", List.of(
                        Map.entry("title", "Drill draft " + marker), Map.entry("slug", ""),
                        Map.entry("content", "A draft of the fault drill, " + marker + "."), Map.entry("excerpt", ""),
                        Map.entry("featuredImageUrl", ""), Map.entry("version", "0"), Map.entry("action", "draft"),
                        Map.entry("_csrf", writer.csrf)), redirectedToIt);
                writer.writes.add(new Write("draft", marker, start, answer.describe(), redirectedToIt.test(answer)));
            }
            pause(200);
        }
    }

    /**
     * The fields of a post page's comment form as a browser sends them: the text, the form token the page carries
     * (empty when the page failed, and then the site keeps the comment as spam), the hidden field a robot fills in
     * left empty, and the CSRF token, taken from the page or, when it failed, the last one the writer had.
     */
    static List<Map.Entry<String, String>> commentFields(Browser writer, Answer page, String content) {
        writer.keepCsrf(page);
        Matcher token = FORM_TOKEN.matcher(page.body());
        String formToken = page.is(200) && token.find() ? token.group(1) : "";
        return List.of(Map.entry("content", content), Map.entry("formToken", formToken), Map.entry("website", ""),
                Map.entry("_csrf", writer.csrf));
    }

    /** A comment acknowledged: the redirect to the page of the post showing it (held comments are shown to their author). */
    static Predicate<Answer> redirectedToComment(String slug) {
        Pattern posted = Pattern.compile("/posts/" + Pattern.quote(slug) + "(\\?after=[^#]*)?#comment-" + UUID_RE);
        return a -> (a.status == 302 || a.status == 303) && a.location != null && posted.matcher(a.location).matches();
    }

    static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The drivers' {@code key=value} arguments, by key. */
    static Map<String, String> arguments(String[] args) {
        Map<String, String> config = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("an argument is key=value, not " + arg);
            }
            config.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return config;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> config = arguments(args);
        URI base = URI.create(config.get("base") + "/");
        Path events = Path.of(config.get("events"));
        int seconds = Integer.parseInt(config.get("seconds"));
        int readers = Integer.parseInt(config.get("readers"));
        int writers = Integer.parseInt(config.get("writers"));
        long connectionTimeoutMs = Long.parseLong(config.get("connection-timeout-ms"));
        long allowedMs = connectionTimeoutMs + Long.parseLong(config.get("margin-ms"));
        String runId = Long.toString(System.currentTimeMillis(), 36);

        Site site;
        List<Browser> writerBrowsers = new ArrayList<>();
        try {
            site = setUp(base, config.get("admin-email"), config.get("admin-password"));
            for (int i = 1; i <= writers; i++) {
                writerBrowsers.add(writer(base, "drill", i, runId));
            }
        } catch (IllegalStateException e) {
            System.err.println("[drill] set-up failed: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.err.printf("[drill] %d posts in %d categories, %d writers signed in; %d s of load begins%n",
                site.postSlugs.size(), site.categorySlugs.size(), writers, seconds);

        List<Browser> all = new ArrayList<>(writerBrowsers);
        List<Thread> threads = new ArrayList<>();
        long loadStartMillis = System.currentTimeMillis();
        loadStartNanos = System.nanoTime();
        long deadline = loadStartNanos + seconds * 1_000_000_000L;
        Files.writeString(events, "start " + loadStartMillis + "\n");
        for (int i = 1; i <= readers; i++) {
            Browser reader = new Browser("reader-" + i, base);
            all.add(reader);
            Random random = new Random(i);
            threads.add(new Thread(() -> read(reader, site, deadline, random)));
        }
        for (Browser writer : writerBrowsers) {
            Random random = new Random(writer.name.hashCode());
            threads.add(new Thread(() -> write(writer, site, deadline, random, runId)));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        Map<String, Long> at = new HashMap<>();
        for (String line : Files.readAllLines(events)) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2) {
                at.put(parts[0], Long.parseLong(parts[1]) - loadStartMillis);
            }
        }
        if (!at.containsKey("kill") || !at.containsKey("restart") || !at.containsKey("ready")) {
            System.err.println("[drill] the script did not record killing and restarting PostgreSQL: " + at);
            System.exit(2);
        }
        List<Sample> samples = new ArrayList<>();
        List<Write> writes = new ArrayList<>();
        for (Browser browser : all) {
            samples.addAll(browser.samples);
            writes.addAll(browser.writes);
        }
        samples.sort(Comparator.comparingLong(Sample::startMs));
        if (config.containsKey("requests-csv")) {
            List<String> lines = new ArrayList<>(List.of("start_ms,end_ms,user,request,status,outcome"));
            samples.forEach(s -> lines.add(s.startMs + "," + s.endMs + "," + s.user + ",\"" + s.request + "\"," + s.status
                    + "," + s.outcome));
            Files.write(Path.of(config.get("requests-csv")), lines);
        }
        Timeline timeline = new Timeline(at.get("kill"), at.get("restart"), at.get("ready"), seconds * 1000L);
        List<String> failures;
        try {
            System.out.printf("Fault drill: %d s of load by %d readers and %d writers; PostgreSQL killed (SIGKILL) at %.1f s,"
                    + " started again at %.1f s, accepting connections at %.1f s%n", seconds, readers, writers,
                    timeline.killMs / 1000.0, timeline.restartMs / 1000.0, timeline.readyMs / 1000.0);
            failures = report(config, samples, writes, all, timeline, connectionTimeoutMs, allowedMs);
        } catch (SQLException e) {
            System.err.println("[drill] checking the writes failed: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** When PostgreSQL was killed, started again and accepting connections, and when the load ended: ms since it began. */
    record Timeline(long killMs, long restartMs, long readyMs, long endMs) {
    }

    /** Prints the report; returns why the drill fails (empty: it passes). */
    static List<String> report(Map<String, String> config, List<Sample> samples, List<Write> writes, List<Browser> users,
            Timeline timeline, long connectionTimeoutMs, long allowedMs) throws SQLException {
        long killMs = timeline.killMs;
        long restartMs = timeline.restartMs;
        long readyMs = timeline.readyMs;
        long endMs = timeline.endMs;
        List<String> failures = new ArrayList<>();
        System.out.printf("Pool connection timeout %d ms; a request in flight while PostgreSQL was down may take at most %d ms%n%n",
                connectionTimeoutMs, allowedMs);

        String[] names = {"before", "outage", "after"};
        long[][] windows = {{Long.MIN_VALUE, killMs}, {killMs, restartMs}, {restartMs, Long.MAX_VALUE}};
        String[] labels = {String.format("0-%.0f s", killMs / 1000.0),
            String.format("%.0f-%.0f s", killMs / 1000.0, restartMs / 1000.0),
            String.format("%.0f-%.0f s", restartMs / 1000.0, endMs / 1000.0)};
        System.out.printf("%-7s %-9s %8s  %-40s %s%n", "phase", "started", "requests", "by status", "writes acknowledged/tried");
        for (int p = 0; p < names.length; p++) {
            long from = windows[p][0];
            long to = windows[p][1];
            List<Sample> phase = samples.stream().filter(s -> s.startMs >= from && s.startMs < to).toList();
            Map<String, Integer> byStatus = new TreeMap<>();
            phase.forEach(s -> byStatus.merge(s.status, 1, Integer::sum));
            StringBuilder statuses = new StringBuilder();
            byStatus.forEach((status, n) -> statuses.append(statuses.length() == 0 ? "" : " ").append(status).append('x').append(n));
            List<Write> phaseWrites = writes.stream().filter(w -> w.startMs >= from && w.startMs < to).toList();
            System.out.printf("%-7s %-9s %8d  %-40s %d/%d%n", names[p], labels[p], phase.size(), statuses,
                    phaseWrites.stream().filter(Write::acknowledged).count(), phaseWrites.size());
        }
        System.out.println();
        System.out.println("Slowest request per phase:");
        for (int p = 0; p < names.length; p++) {
            long from = windows[p][0];
            long to = windows[p][1];
            Optional<Sample> slowest = samples.stream().filter(s -> s.startMs >= from && s.startMs < to)
                    .max(Comparator.comparingLong(Sample::durationMs));
            System.out.printf("  %-7s %s%n", names[p], slowest.map(Sample::describe).orElse("none"));
        }

        // Every request in flight at some moment while PostgreSQL could not be reached.
        List<Sample> hanging = samples.stream().filter(s -> s.endMs >= killMs && s.startMs < readyMs)
                .filter(s -> s.durationMs() > allowedMs || s.status.equals("timeout")).toList();
        hanging.forEach(s -> failures.add("took longer than the pool's connection timeout + margin during the outage: "
                + s.describe()));

        Map<String, Integer> serverErrors = new LinkedHashMap<>();
        samples.stream().filter(s -> s.status.startsWith("5") && !s.status.equals("503"))
                .forEach(s -> serverErrors.merge(s.status + " " + s.route(), 1, Integer::sum));
        serverErrors.forEach((what, n) -> failures.add(n + "x HTTP " + what));

        System.out.println();
        System.out.println(clientOutage(samples, users, killMs, readyMs, allowedMs, failures));
        System.out.println(timeline(samples, endMs));

        List<Write> acknowledged = writes.stream().filter(Write::acknowledged).toList();
        List<Write> unacknowledged = writes.stream().filter(w -> !w.acknowledged).toList();
        List<Write> missing = inDatabase(config, acknowledged, false);
        List<Write> writtenAnyway = inDatabase(config, unacknowledged, true);
        System.out.printf("%nWrites acknowledged with a redirect to the new comment or draft: %d (%d comments, %d drafts);"
                + " not acknowledged: %d, of which in the database anyway: %d%n", acknowledged.size(),
                acknowledged.stream().filter(w -> w.kind.equals("comment")).count(),
                acknowledged.stream().filter(w -> w.kind.equals("draft")).count(), unacknowledged.size(), writtenAnyway.size());
        // Saved although the answer said otherwise: a person who retries writes it twice.
        writtenAnyway.forEach(w -> System.out.printf("  in the database although answered %s: %s %s (started at %.1f s)%n",
                w.answer, w.kind, w.marker, w.startMs / 1000.0));
        System.out.printf("Acknowledged writes missing from the database: %d%n", missing.size());
        missing.forEach(w -> System.out.printf("  missing: %s %s (answered %s, started at %.1f s)%n", w.kind, w.marker,
                w.answer, w.startMs / 1000.0));
        if (!missing.isEmpty()) {
            failures.add(missing.size() + " acknowledged writes are missing from the database");
        }
        if (acknowledged.isEmpty()) {
            failures.add("no write was acknowledged at all");
        }

        Map<String, Integer> unexpected = new TreeMap<>();
        samples.stream().filter(s -> s.outcome == Outcome.UNEXPECTED)
                .forEach(s -> unexpected.merge(s.status + " " + s.route(), 1, Integer::sum));
        if (!unexpected.isEmpty()) {
            System.out.println("Unexpected answers (neither what was asked for nor an outage): " + unexpected);
        }
        System.out.println();
        if (failures.isEmpty()) {
            System.out.println("RESULT: PASS");
        } else {
            System.out.println("RESULT: FAIL");
            failures.stream().distinct().limit(20).forEach(f -> System.out.println("  - " + f));
        }
        return failures;
    }

    /**
     * Per virtual user: from the start of its first failed request once PostgreSQL was killed to the end of its
     * first successful request that started after PostgreSQL was back. Also checks the site recovered: every
     * user succeeded after the restart, and nothing failed once the pool had had time to reconnect.
     */
    static String clientOutage(List<Sample> samples, List<Browser> users, long killMs, long readyMs, long allowedMs,
            List<String> failures) {
        Sample longestFrom = null;
        Sample longestTo = null;
        for (Browser user : users) {
            Optional<Sample> firstFailure = user.samples.stream().filter(s -> s.outcome == Outcome.FAILED && s.endMs >= killMs)
                    .findFirst();
            if (firstFailure.isEmpty()) {
                continue;
            }
            Optional<Sample> recovered = user.samples.stream()
                    .filter(s -> s.outcome == Outcome.OK && s.startMs >= readyMs && s.startMs >= firstFailure.get().startMs)
                    .findFirst();
            if (recovered.isEmpty()) {
                failures.add(user.name + " never had a successful request after PostgreSQL was back");
                continue;
            }
            if (longestFrom == null || recovered.get().endMs - firstFailure.get().startMs > longestTo.endMs - longestFrom.startMs) {
                longestFrom = firstFailure.get();
                longestTo = recovered.get();
            }
        }
        samples.stream().filter(s -> s.startMs >= readyMs + allowedMs && s.outcome == Outcome.FAILED)
                .forEach(s -> failures.add("failed after the site should have recovered: " + s.describe()));
        // Signed-in pages are never served from the page cache: the first one is the site's own recovery.
        Optional<Sample> firstSignedIn = samples.stream()
                .filter(s -> s.user.startsWith(WRITER) && s.outcome == Outcome.OK && s.endMs >= readyMs)
                .min(Comparator.comparingLong(Sample::endMs));
        String recovery = firstSignedIn.map(s -> String.format("%nPostgreSQL accepted connections again at %.1f s;"
                + " the first signed-in request served after that ended at %.1f s (%.1f s later)", readyMs / 1000.0,
                s.endMs / 1000.0, (s.endMs - readyMs) / 1000.0)).orElse("");
        if (longestFrom == null) {
            return "Longest outage seen by a client: none (no request failed)" + recovery;
        }
        return String.format("Longest outage seen by a client: %.1f s (%s: first failure %s at %.1f s, first success"
                + " after the restart %s ending at %.1f s)", (longestTo.endMs - longestFrom.startMs) / 1000.0,
                longestFrom.user, longestFrom.request, longestFrom.startMs / 1000.0, longestTo.request,
                longestTo.endMs / 1000.0) + recovery;
    }

    /** Successful/failed requests per 5 s of start time, to see the outage's shape at a glance. */
    static String timeline(List<Sample> samples, long endMs) {
        StringBuilder line = new StringBuilder("ok/failed by start time, per 5 s:");
        for (long from = 0; from < endMs; from += 5000) {
            long f = from;
            long ok = samples.stream().filter(s -> s.startMs >= f && s.startMs < f + 5000 && s.outcome == Outcome.OK).count();
            long failed = samples.stream().filter(s -> s.startMs >= f && s.startMs < f + 5000 && s.outcome == Outcome.FAILED).count();
            line.append(String.format(" %d:%d/%d", from / 1000, ok, failed));
        }
        return line.toString();
    }

    /** Those of these writes whose marker is (present) or is not (!present) in the comments or posts they went to. */
    static List<Write> inDatabase(Map<String, String> config, List<Write> writes, boolean present) throws SQLException {
        List<Write> result = new ArrayList<>();
        SQLException last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            try (Connection db = DriverManager.getConnection(config.get("jdbc"), config.get("jdbc-user"),
                    config.getOrDefault("jdbc-password", ""));
                    PreparedStatement comments = db.prepareStatement(
                            "select exists (select 1 from comments where content like '%' || ? || '%')");
                    PreparedStatement drafts = db.prepareStatement(
                            "select exists (select 1 from posts where title like '%' || ? || '%')")) {
                for (Write write : writes) {
                    PreparedStatement query = write.kind.equals("comment") ? comments : drafts;
                    query.setString(1, write.marker);
                    try (ResultSet row = query.executeQuery()) {
                        row.next();
                        if (row.getBoolean(1) == present) {
                            result.add(write);
                        }
                    }
                }
                return result;
            } catch (SQLException e) {
                last = e;
                result.clear();
                pause(1000);
            }
        }
        throw last;
    }
}
