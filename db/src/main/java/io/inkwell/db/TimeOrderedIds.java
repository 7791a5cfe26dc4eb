package io.inkwell.db;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUID version 7 ids (RFC 9562): 48 bits of Unix milliseconds, then random bits. New rows go to the
 * right edge of primary-key B-trees, and the service knows a row's id before it inserts it. The
 * database's {@code uuid_generate_v7()} makes the same shape for SQL-side inserts.
 *
 * <p>Within one JVM the ids only grow (RFC 9562, section 6.2): an id made in the same millisecond as the one
 * before it (or after the clock stepped back) is the one before plus a random step, so "newest first" by id is
 * also the order things were made in, and the random part still gives nothing away.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long RAND_A_MAX = 0x0FFFL;
    private static final long RAND_B_MAX = 0x3FFFFFFFFFFFFFFFL;

    private static long lastMillis;
    private static long lastRandA;
    private static long lastRandB;

    private TimeOrderedIds() {
    }

    public static synchronized UUID next() {
        long millis = System.currentTimeMillis();
        if (millis > lastMillis) {
            lastMillis = millis;
            lastRandA = RANDOM.nextLong() & RAND_A_MAX;
            lastRandB = RANDOM.nextLong() & RAND_B_MAX;
        } else {
            // A step of 1 to 2^32 in a 74-bit space: a carry past the millisecond is all but impossible.
            lastRandB += 1 + (RANDOM.nextLong() >>> 32);
            if (lastRandB > RAND_B_MAX) {
                lastRandB &= RAND_B_MAX;
                if (++lastRandA > RAND_A_MAX) {
                    lastRandA = 0;
                    lastMillis++;
                }
            }
        }
        long mostSignificant = (lastMillis << 16) | 0x7000L | lastRandA;
        long leastSignificant = lastRandB | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
