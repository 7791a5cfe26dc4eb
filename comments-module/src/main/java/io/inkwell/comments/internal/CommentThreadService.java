package io.inkwell.comments.internal;

import io.inkwell.comments.CommentNotFoundException;
import io.inkwell.comments.CommentStatus;
import io.inkwell.comments.CommentThread;
import io.inkwell.comments.CommentThreads;
import io.inkwell.comments.ThreadCursor;
import io.inkwell.comments.ThreadStatus;
import io.inkwell.settings.CommentApproval;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CommentThreadService implements CommentThreads {

    private final CommentMapper comments;
    private final PostThreadMapper threads;
    private final CommentAuthors authors;
    private final SiteSettings settings;
    private final CommentHtml html;

    CommentThreadService(CommentMapper comments, PostThreadMapper threads, CommentAuthors authors, SiteSettings settings,
            CommentHtml html) {
        this.comments = comments;
        this.threads = threads;
        this.authors = authors;
        this.settings = settings;
        this.html = html;
    }

    @Override
    public CommentThread threadOf(UUID postId, Optional<ThreadCursor> after, Actor viewer) {
        List<CommentRow> rows = page(postId, null, after.map(ThreadCursor::path).orElse(null), viewer);
        return ThreadAssembler.assemble(postId, rows, PAGE_SIZE, 0, authors.of(shown(rows)), html);
    }

    @Override
    public CommentThread subtreeOf(UUID commentId, Optional<ThreadCursor> after, Actor viewer) {
        CommentRow root = comments.selectById(commentId).filter(row -> maySee(viewer, row))
                .orElseThrow(() -> new CommentNotFoundException(commentId));
        String within = after.map(ThreadCursor::path)
                .filter(path -> path.length() > root.path().length() && path.startsWith(root.path()))
                .orElse(null);
        List<CommentRow> rows = page(root.postId(), root.path(), within, viewer);
        return ThreadAssembler.assemble(root.postId(), rows, PAGE_SIZE, ThreadAssembler.depthOf(root.path()),
                authors.of(shown(rows)), html);
    }

    @Override
    public Optional<ThreadCursor> pageShowing(UUID commentId) {
        ThreadPosition position = comments.selectPosition(commentId, PAGE_SIZE);
        return position.preceding() < PAGE_SIZE ? Optional.empty() : Optional.of(new ThreadCursor(position.previousPath()));
    }

    @Override
    public ThreadStatus statusOf(UUID postId) {
        ThreadStatusRow row = threads.selectStatus(postId);
        return new ThreadStatus(row.comments(), row.takesComments(), row.closedByAuthor(),
                settings.current().settings().comments().approval() == CommentApproval.CLOSED);
    }

    /** One page and the row after it (which tells whether the last one shown has replies and more follow). */
    private List<CommentRow> page(UUID postId, String root, String after, Actor viewer) {
        boolean moderator = viewer != null && viewer.mayModerateComments();
        UUID viewerId = viewer == null ? null : viewer.userId();
        return comments.selectThreadPage(postId, root, after, PAGE_SIZE + 1, viewerId, moderator);
    }

    /** What this viewer's thread shows of the row: the same rule as {@link #page}, for one comment. */
    private static boolean maySee(Actor viewer, CommentRow row) {
        if (row.isShownToReaders()) {
            return true;
        }
        if (viewer == null) {
            return false;
        }
        if (viewer.mayModerateComments()) {
            return row.status() != CommentStatus.SPAM;
        }
        return viewer.owns(row.authorId()) && !row.isHidden();
    }

    /** The extra row read to look one past the page is not shown, so its author is not looked up. */
    private static List<CommentRow> shown(List<CommentRow> rows) {
        return rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows;
    }
}
