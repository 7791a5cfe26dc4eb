package io.inkwell.db;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * The one rule for the paging tokens that come back in URLs ({@code ?after=}): a token is only ever one we
 * made, so anything else (too long, malformed, or naming a position the database cannot hold) means "from
 * the start", never an error. A hand-edited URL shows the first page.
 */
public final class KeysetTokens {

    /**
     * The range of PostgreSQL's {@code timestamptz} (4713 BC to 294276 AD), a little inside its ends: an
     * instant outside it is refused by the server ("timestamp out of range"), so it cannot be a position.
     */
    public static final Instant EARLIEST = Instant.parse("-4712-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("+294276-12-31T23:59:59.999999Z");

    private KeysetTokens() {
    }

    /** The token if it is there and no longer than {@code maxLength}. */
    public static Optional<String> bounded(String token, int maxLength) {
        return token == null || token.isEmpty() || token.length() > maxLength ? Optional.empty() : Optional.of(token);
    }

    /** An ISO-8601 instant ({@code 2026-01-31T12:00:00Z}) that PostgreSQL can store. */
    public static Optional<Instant> instant(String text) {
        try {
            Instant instant = Instant.parse(text);
            return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? Optional.empty() : Optional.of(instant);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
