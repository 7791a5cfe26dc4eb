package io.inkwell.comments;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.List;
import java.util.Optional;

/**
 * Every comment of the site, for an export: keyset batches in the order of their posts' ids (as PostgreSQL orders
 * uuids) and, within a post, in the thread's reply order; one range read of the threads' index per batch. For those
 * who may exchange content ({@link Actor#mayExchangeContent()}); anyone else gets {@link NotAllowedException}.
 */
public interface CommentExports {

    /** At most {@code size} comments after {@code after} (from the first when empty). */
    List<ExportedComment> comments(Actor actor, Optional<ExportedComment.ExportPosition> after, int size);
}
