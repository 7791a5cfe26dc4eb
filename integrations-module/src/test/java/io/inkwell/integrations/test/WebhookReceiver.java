package io.inkwell.integrations.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver in the test's JVM (the JDK's own HTTP server, on 127.0.0.1 and a free port), as a
 * receiver would be written: it records every request, answers with the statuses it is told to (then 200), and
 * checks signatures the way the documentation tells receivers to.
 *
 * <pre>{@code
 * try (WebhookReceiver receiver = WebhookReceiver.start()) {
 *     receiver.answer(500, 503);                 // two failures, then 200s
 *     String url = receiver.url("/hooks");
 *     ...
 *     assertThat(receiver.requests()).singleElement().satisfies(r -> assertThat(r.signedWith(secret)).isTrue());
 * }
 * }</pre>
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst().orElse(null);
        }

        /** The timestamp of {@code Inkwell-Signature}. */
        public long signedAt() {
            return Long.parseLong(part("t"));
        }

        /** What a receiver checks: {@code v1} is the HMAC-SHA256, under the secret, of {@code t + "." + body}. */
        public boolean signedWith(String secret) {
            return part("v1").equals(hmac(secret, part("t") + "." + body));
        }

        private String part(String name) {
            for (String element : header("Inkwell-Signature").split(",")) {
                if (element.startsWith(name + "=")) {
                    return element.substring(name.length() + 1);
                }
            }
            throw new AssertionError("No " + name + " in the signature " + header("Inkwell-Signature"));
        }
    }

    private final HttpServer server;
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private volatile long delayMillis;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        WebhookReceiver receiver = new WebhookReceiver(server);
        server.createContext("/", receiver::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return receiver;
    }

    /** The next requests are answered with these statuses, in order; after them, 200. */
    public WebhookReceiver answer(int... codes) {
        for (int code : codes) {
            statuses.add(code);
        }
        return this;
    }

    /** Every request waits this long before it is answered. */
    public WebhookReceiver delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            requests.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), new String(body.readAllBytes(), StandardCharsets.UTF_8)));
        }
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Integer scripted = statuses.poll();
        int status = scripted == null ? 200 : scripted;
        if (status / 100 == 3) {
            exchange.getResponseHeaders().add("Location", url("/elsewhere"));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
