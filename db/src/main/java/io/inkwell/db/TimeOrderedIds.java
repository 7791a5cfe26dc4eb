package io.inkwell.db;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUID version 7 ids (RFC 9562): 48 bits of Unix milliseconds, then random bits. New rows go to the
 * right edge of primary-key B-trees, and the service knows a row's id before it inserts it. The
 * database's {@code uuid_generate_v7()} makes the same shape for SQL-side inserts.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long randomHigh = RANDOM.nextLong();
        long randomLow = RANDOM.nextLong();
        long mostSignificant = (millis << 16) | 0x7000L | (randomHigh & 0x0FFFL);
        long leastSignificant = (randomLow & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
