package io.inkwell.exchange.internal;

import java.util.Comparator;
import java.util.UUID;

/**
 * Uuids in PostgreSQL's order (their bytes, unsigned), which is not {@link UUID#compareTo} (signed halves): the
 * export walks posts and comments in this order side by side.
 */
final class PgUuidOrder {

    static final Comparator<UUID> ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private PgUuidOrder() {
    }
}
