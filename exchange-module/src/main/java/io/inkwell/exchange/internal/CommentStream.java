package io.inkwell.exchange.internal;

import io.inkwell.comments.CommentExports;
import io.inkwell.comments.ExportedComment;
import io.inkwell.users.AccountContact;
import io.inkwell.users.Actor;
import io.inkwell.users.UserImports;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Every comment of the site in its export order (by post, then thread), read a batch at a time alongside the posts,
 * which come in the same order: {@link #of} hands over one post's comments and moves on. Comments of posts that no
 * longer exist are passed over. The writers' names and emails come with each batch (one statement).
 */
final class CommentStream {

    static final int BATCH = 1000;

    private final Actor actor;
    private final CommentExports comments;
    private final UserImports users;
    private List<ExportedComment> buffer = List.of();
    private int next;
    private boolean exhausted;
    private Optional<ExportedComment.ExportPosition> after = Optional.empty();
    private final Map<UUID, AccountContact> writers = new HashMap<>();

    CommentStream(Actor actor, CommentExports comments, UserImports users) {
        this.actor = actor;
        this.comments = comments;
        this.users = users;
    }

    /** The comments of {@code postId} with their writers, in thread order; ask for posts in {@link PgUuidOrder}. */
    List<Written> of(UUID postId) {
        List<Written> found = new ArrayList<>();
        while (true) {
            ExportedComment comment = peek();
            if (comment == null) {
                return found;
            }
            int order = PgUuidOrder.ORDER.compare(comment.postId(), postId);
            if (order > 0) {
                return found;
            }
            if (order == 0) {
                found.add(new Written(comment, comment.authorId() == null ? null : writers.get(comment.authorId())));
            }
            next++;
        }
    }

    /** A comment and its writer (null for a "[deleted]" placeholder or an account that is gone). */
    record Written(ExportedComment comment, AccountContact writer) {

        String writerName() {
            return writer == null ? null : writer.name();
        }
    }

    private ExportedComment peek() {
        if (next < buffer.size()) {
            return buffer.get(next);
        }
        if (exhausted) {
            return null;
        }
        buffer = comments.comments(actor, after, BATCH);
        next = 0;
        if (buffer.size() < BATCH) {
            exhausted = true;
        }
        if (buffer.isEmpty()) {
            return null;
        }
        after = Optional.of(buffer.get(buffer.size() - 1).position());
        writers.clear();
        writers.putAll(users.contactsOf(actor, buffer.stream().map(ExportedComment::authorId).filter(Objects::nonNull)
                .distinct().toList()));
        return buffer.get(0);
    }
}
