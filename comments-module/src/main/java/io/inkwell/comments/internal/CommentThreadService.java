package io.inkwell.comments.internal;

import io.inkwell.comments.CommentNotFoundException;
import io.inkwell.comments.CommentThread;
import io.inkwell.comments.CommentThreads;
import io.inkwell.comments.ThreadCursor;
import io.inkwell.users.UserSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CommentThreadService implements CommentThreads {

    private final CommentMapper comments;
    private final CommentAuthors authors;

    CommentThreadService(CommentMapper comments, CommentAuthors authors) {
        this.comments = comments;
        this.authors = authors;
    }

    @Override
    public CommentThread threadOf(UUID postId, Optional<ThreadCursor> after) {
        List<CommentRow> rows = comments.selectThreadPage(postId, after.map(ThreadCursor::path).orElse(null), PAGE_SIZE + 1);
        return ThreadAssembler.assemble(postId, rows, PAGE_SIZE, 0, authorsOf(shown(rows)));
    }

    @Override
    public CommentThread subtreeOf(UUID commentId, Optional<ThreadCursor> after) {
        CommentRow root = comments.selectById(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
        String within = after.map(ThreadCursor::path)
                .filter(path -> path.length() > root.path().length() && path.startsWith(root.path()))
                .orElse(null);
        List<CommentRow> rows = comments.selectSubtreePage(root.postId(), root.path(), within, PAGE_SIZE + 1);
        return ThreadAssembler.assemble(root.postId(), rows, PAGE_SIZE, ThreadAssembler.depthOf(root.path()),
                authorsOf(shown(rows)));
    }

    @Override
    public Optional<ThreadCursor> pageShowing(UUID commentId) {
        ThreadPosition position = comments.selectPosition(commentId, PAGE_SIZE);
        return position.preceding() < PAGE_SIZE ? Optional.empty() : Optional.of(new ThreadCursor(position.previousPath()));
    }

    /** The extra row read to look one past the page is not shown, so its author is not looked up. */
    private static List<CommentRow> shown(List<CommentRow> rows) {
        return rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows;
    }

    private Map<UUID, UserSummary> authorsOf(Collection<CommentRow> rows) {
        return authors.of(rows);
    }
}
