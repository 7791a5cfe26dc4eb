package io.inkwell.web.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.inkwell.posts.PostCommands;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts at most one view per reader per post per {@link #WINDOW}, so refreshing a page cannot lift a post
 * up {@code /trending}. A reader is their client address and user agent, kept only as an HMAC under a key
 * made at start-up and never stored: the memory holds no address, and the same reader is a different
 * value after a restart. Up to {@link #MAX_REMEMBERED} reader-and-post pairs are remembered for the window;
 * beyond that the oldest are forgotten first, and such a reader may count again.
 *
 * <p>The memory is per instance: behind a load balancer that spreads one reader over several instances,
 * each counts them once per window (at most one view per instance), which still bounds a refreshing
 * reader to a handful of views an hour instead of hundreds.
 */
@Component
public class ReaderViews {

    static final Duration WINDOW = Duration.ofMinutes(30);
    /** Each pair is ~100 bytes with the cache's bookkeeping: about 20 MB at most. */
    static final long MAX_REMEMBERED = 200_000;

    private final PostCommands commands;
    private final ClientAddresses addresses;
    private final SecretKeySpec key;
    private final Cache<ReaderOfPost, Boolean> counted = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW).maximumSize(MAX_REMEMBERED).build();

    ReaderViews(PostCommands commands, ClientAddresses addresses) {
        this.commands = commands;
        this.addresses = addresses;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * Counts a view of a published post by the reader of the current request, unless they were counted for
     * it within the window. Called when the post page renders and each time the page cache serves its copy.
     */
    public void count(UUID postId) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current)) {
            commands.recordView(postId);
            return;
        }
        if (counted.asMap().putIfAbsent(new ReaderOfPost(reader(current.getRequest()), postId), Boolean.TRUE) == null) {
            commands.recordView(postId);
        }
    }

    private Reader reader(HttpServletRequest request) {
        String userAgent = request.getHeader("User-Agent");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(addresses.of(request).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update((userAgent == null ? "" : userAgent).getBytes(StandardCharsets.UTF_8));
            ByteBuffer digest = ByteBuffer.wrap(mac.doFinal());
            return new Reader(digest.getLong(), digest.getLong());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** 128 bits of the HMAC: enough that two readers never share one. */
    private record Reader(long high, long low) {
    }

    private record ReaderOfPost(Reader reader, UUID postId) {
    }
}
