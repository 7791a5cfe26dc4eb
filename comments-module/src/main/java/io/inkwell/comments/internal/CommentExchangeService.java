package io.inkwell.comments.internal;

import io.inkwell.comments.CommentExports;
import io.inkwell.comments.CommentImportResult;
import io.inkwell.comments.CommentImports;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentStatus;
import io.inkwell.comments.ExportedComment;
import io.inkwell.comments.ExportedComment.ExportPosition;
import io.inkwell.comments.ImportedComment;
import io.inkwell.db.Refusal;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports and exports of comments, by the rules of {@link CommentService#add} and in the threads' own order. */
@Service
class CommentExchangeService implements CommentImports, CommentExports {

    /** A batch holds at most this many comments, whatever is asked (each is at most 5,000 characters). */
    static final int BATCH_MAX = 2000;

    private final CommentMapper comments;
    private final PostThreadMapper threads;

    CommentExchangeService(CommentMapper comments, PostThreadMapper threads) {
        this.comments = comments;
        this.threads = threads;
    }

    @Override
    @Transactional
    public List<CommentImportResult> importComments(Actor actor, List<ImportedComment> batch) {
        requireExchange(actor);
        Set<UUID> posts = batch.stream().map(ImportedComment::postId).collect(Collectors.toCollection(TreeSet::new));
        Map<UUID, Boolean> open = new HashMap<>();
        // In post order, as the share locks of comment writes are taken: a closing thread waits for this batch.
        posts.forEach(post -> open.put(post, Boolean.TRUE.equals(threads.lockTakesComments(post))));
        Map<UUID, UUID> postOfComment = new HashMap<>();
        Set<UUID> parents = batch.stream().map(ImportedComment::parentId).filter(id -> id != null).collect(Collectors.toSet());
        if (!parents.isEmpty()) {
            comments.selectByIds(parents).stream().filter(row -> row.deletedAt() == null)
                    .forEach(row -> postOfComment.put(row.id(), row.postId()));
        }
        List<CommentImportResult> results = new ArrayList<>(batch.size());
        for (ImportedComment comment : batch) {
            if (!open.get(comment.postId())) {
                results.add(CommentImportResult.refused(
                        Refusal.of("refused.comment.postClosed", "Comments are open on published posts only.")));
                continue;
            }
            if (comment.parentId() != null && !comment.postId().equals(postOfComment.get(comment.parentId()))) {
                results.add(CommentImportResult.refused(
                        Refusal.of("refused.comment.importedParentElsewhere", "Its parent is not a comment of the same post.")));
                continue;
            }
            String text;
            try {
                text = CommentText.clean(comment.text());
            } catch (CommentRejectedException e) {
                results.add(CommentImportResult.refused(e.refusal()));
                continue;
            }
            UUID id = TimeOrderedIds.next();
            Instant written = (comment.createdAt() == null ? Instant.now() : comment.createdAt()).truncatedTo(ChronoUnit.MICROS);
            // Only the other site's approved comments come in: they are approved here too, as of when they were written.
            comments.insertImported(new CommentRow(id, comment.postId(), comment.authorId(), comment.parentId(), null, text,
                    false, null, written, written, CommentStatus.APPROVED, null, written, null, null, null, 0, null, null, null));
            postOfComment.put(id, comment.postId());
            results.add(new CommentImportResult(id, null));
        }
        return results;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportedComment> comments(Actor actor, Optional<ExportPosition> after, int size) {
        requireExchange(actor);
        int limit = Math.max(1, Math.min(BATCH_MAX, size));
        List<CommentRow> rows = after.map(position -> comments.selectExportBatch(position.postId(), position.path(), limit))
                .orElseGet(() -> comments.selectExportBatch(null, null, limit));
        return rows.stream().map(row -> new ExportedComment(row.id(), row.postId(), row.parentId(),
                row.deletedAt() == null ? row.authorId() : null, row.deletedAt() == null ? row.content() : null,
                row.isEdited(), row.deletedAt() != null, row.createdAt(), row.updatedAt(),
                new ExportPosition(row.postId(), row.path()))).toList();
    }

    private static void requireExchange(Actor actor) {
        if (!actor.mayExchangeContent()) {
            throw new NotAllowedException("Only active admins import and export comments; refused to " + actor.userId());
        }
    }
}
