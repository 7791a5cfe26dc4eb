package io.inkwell.integrations.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one delivery: a JSON POST with {@code Inkwell-Signature}, {@code Inkwell-Event} and {@code Inkwell-Delivery}.
 * Names resolve through {@link CheckedAddresses} (no private addresses unless allowed), redirects are not followed
 * (a 3xx is a failure: the receiver's address moved, and following it could lead anywhere), nothing is retried by
 * the client itself, no cookies are kept, and each attempt is cut off after the timeout, whatever it was doing.
 * The response's body is never read: only its status counts.
 */
final class WebhookSender implements AutoCloseable {

    static final String USER_AGENT = "Inkwell-Webhooks/1";

    private final CloseableHttpClient client;
    private final Duration timeout;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "webhook-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    WebhookSender(boolean allowPrivate, Duration timeout) {
        this.timeout = timeout;
        Timeout limit = Timeout.of(timeout);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedAddresses(allowPrivate))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit).setSocketTimeout(limit).build())
                        .setMaxConnTotal(20)
                        .setMaxConnPerRoute(4)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).setConnectionRequestTimeout(limit).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(USER_AGENT)
                .build();
    }

    Attempt send(ClaimedDelivery delivery, Instant now) {
        long start = System.nanoTime();
        HttpPost post;
        try {
            post = new HttpPost(URI.create(delivery.url()));
        } catch (IllegalArgumentException e) {
            return Attempt.failed(null, 0, "Not an address: " + delivery.url());
        }
        post.setEntity(new StringEntity(delivery.payload(), ContentType.APPLICATION_JSON));
        post.setHeader(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), now.getEpochSecond(), delivery.payload()));
        post.setHeader("Inkwell-Event", delivery.eventType());
        post.setHeader("Inkwell-Delivery", delivery.id().toString());
        ScheduledFuture<?> deadline = deadlines.schedule(post::cancel, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (ClassicHttpResponse response = client.executeOpen(null, post, null)) {
            int code = response.getCode();
            int took = millisSince(start);
            if (code / 100 == 2) {
                return Attempt.delivered(code, took);
            }
            String location = response.getFirstHeader("Location") == null ? "" : " to " + response.getFirstHeader("Location").getValue();
            return Attempt.failed(code, took, code / 100 == 3
                    ? "The receiver answered " + code + location + "; redirects are not followed"
                    : "The receiver answered " + code);
        } catch (IOException e) {
            return Attempt.failed(null, millisSince(start), post.isCancelled() ? timedOut() : describe(e));
        } finally {
            deadline.cancel(false);
        }
    }

    private String timedOut() {
        return "No complete answer within " + timeout.toMillis() / 1000.0 + " s";
    }

    private String describe(IOException e) {
        if (e instanceof RefusedAddressException) {
            return "Refused: " + e.getMessage();
        }
        if (e instanceof UnknownHostException) {
            return "Host not found: " + e.getMessage();
        }
        if (e instanceof InterruptedIOException) {
            return timedOut();
        }
        if (e instanceof ConnectException) {
            return "Could not connect: " + e.getMessage();
        }
        if (e instanceof SSLException) {
            return "TLS failed: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static int millisSince(long start) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }
}
