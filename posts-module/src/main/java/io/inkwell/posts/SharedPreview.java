package io.inkwell.posts;

import java.time.Instant;

/**
 * A secret preview link's token (the last segment of {@code /preview/{token}}) and when it stops working. The
 * token is shown once, when it is made: the site keeps only its hash.
 */
public record SharedPreview(String token, Instant expiresAt) {
}
