package io.inkwell.comments;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.List;

/**
 * Bringing another site's comments in, a batch at a time, for those who may exchange content
 * ({@link Actor#mayExchangeContent()}, admins); anyone else gets {@link NotAllowedException}. One transaction, or part
 * of the caller's.
 */
public interface CommentImports {

    /**
     * One result per comment, in the order given, each kept to the rules of every comment: its post must take
     * comments (published), its text is plain text of 1 to {@link CommentLimits#TEXT_MAX} characters, and its parent
     * must be a comment of the same post, written before or earlier in this batch (so give parents first; the thread's
     * order is the order given). A refused comment is answered with the reason and the others are written.
     */
    List<CommentImportResult> importComments(Actor actor, List<ImportedComment> comments);
}
