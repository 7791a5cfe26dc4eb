package io.inkwell.db.replicas;

import java.util.Optional;

/**
 * A position in PostgreSQL's write-ahead log, as {@code pg_lsn} writes it ({@code 16/B374D848}: the high and low
 * 32 bits in hexadecimal). Positions only grow, so "a replica has replayed a write" is a comparison of two of them.
 * A read-your-writes token (cookie, session) carries one as a single hexadecimal number, {@link #token()}.
 */
record WalPosition(long value) implements Comparable<WalPosition> {

    static final WalPosition ZERO = new WalPosition(0);

    /** {@code pg_lsn}'s text form; PostgreSQL never writes anything else there. */
    static WalPosition parse(String lsn) {
        int slash = lsn.indexOf('/');
        if (slash < 1 || slash == lsn.length() - 1) {
            throw new IllegalArgumentException("Not a WAL position (pg_lsn): \"" + lsn + "\"");
        }
        long high = Long.parseLong(lsn.substring(0, slash), 16);
        long low = Long.parseLong(lsn.substring(slash + 1), 16);
        if (high > 0xFFFF_FFFFL || low > 0xFFFF_FFFFL || high < 0 || low < 0) {
            throw new IllegalArgumentException("Not a WAL position (pg_lsn): \"" + lsn + "\"");
        }
        return new WalPosition(high << 32 | low);
    }

    /** A token a client sent back: anything but a hexadecimal number is no token (never an error page). */
    static Optional<WalPosition> fromToken(String token) {
        if (token == null || token.isEmpty() || token.length() > 16) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WalPosition(Long.parseUnsignedLong(token, 16)));
        } catch (NumberFormatException notHex) {
            return Optional.empty();
        }
    }

    String token() {
        return Long.toHexString(value);
    }

    boolean isAtLeast(WalPosition other) {
        return compareTo(other) >= 0;
    }

    static WalPosition max(WalPosition a, WalPosition b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public int compareTo(WalPosition other) {
        return Long.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toHexString(value >>> 32).toUpperCase() + "/" + Long.toHexString(value & 0xFFFF_FFFFL).toUpperCase();
    }
}
