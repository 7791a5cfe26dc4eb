package io.inkwell.comments;

import io.inkwell.db.KeysetTokens;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where a page of the moderation queue continues: the last comment's {@code (createdAt, id)}, newest first. */
public record QueueCursor(Instant createdAt, UUID id) {

    static final int MAX_TOKEN_LENGTH = 100;

    public String token() {
        return createdAt + "_" + id;
    }

    /** Read by {@link KeysetTokens}' rule: anything that is not a token we made means "from the start". */
    public static Optional<QueueCursor> parse(String token) {
        return KeysetTokens.bounded(token, MAX_TOKEN_LENGTH).flatMap(bounded -> {
            int split = bounded.lastIndexOf('_');
            if (split < 1) {
                return Optional.empty();
            }
            return KeysetTokens.instant(bounded.substring(0, split)).flatMap(createdAt ->
                    KeysetTokens.uuid(bounded.substring(split + 1)).map(id -> new QueueCursor(createdAt, id)));
        });
    }
}
