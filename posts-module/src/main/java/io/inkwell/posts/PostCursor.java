package io.inkwell.posts;

import io.inkwell.db.KeysetTokens;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where an "Older posts" page starts: the last card's {@code (publishedAt, id)}. Listings seek to it
 * in index order, so page 5,000 costs what page 1 costs.
 */
public record PostCursor(Instant publishedAt, UUID id) {

    static final int MAX_TOKEN_LENGTH = 100;

    public String token() {
        return publishedAt + "_" + id;
    }

    /** Read by {@link KeysetTokens}' rule: anything that is not a token we made means "from the start". */
    public static Optional<PostCursor> parse(String token) {
        return KeysetTokens.bounded(token, MAX_TOKEN_LENGTH).flatMap(bounded -> {
            int split = bounded.lastIndexOf('_');
            if (split < 1) {
                return Optional.empty();
            }
            return KeysetTokens.instant(bounded.substring(0, split)).flatMap(publishedAt ->
                    KeysetTokens.uuid(bounded.substring(split + 1)).map(id -> new PostCursor(publishedAt, id)));
        });
    }
}
