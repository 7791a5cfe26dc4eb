package io.inkwell.posts;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * Where an "Older posts" page starts: the last card's {@code (publishedAt, id)}. Listings seek to it
 * in index order, so page 5,000 costs what page 1 costs.
 */
public record PostCursor(Instant publishedAt, UUID id) {

    public String token() {
        return publishedAt + "_" + id;
    }

    /** Anything that is not a token we made means "from the start": a hand-edited URL is never an error. */
    public static Optional<PostCursor> parse(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int split = token.lastIndexOf('_');
        if (split < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PostCursor(Instant.parse(token.substring(0, split)), UUID.fromString(token.substring(split + 1))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
