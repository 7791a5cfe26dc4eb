package io.inkwell.comments.internal;

import io.inkwell.comments.CommentListing;
import io.inkwell.comments.CommentNotFoundException;
import io.inkwell.comments.CommentThread;
import io.inkwell.comments.CommentThreads;
import io.inkwell.comments.DailyCommentCount;
import io.inkwell.comments.ThreadComment;
import io.inkwell.comments.ThreadCursor;
import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CommentQueryService implements CommentThreads {

    private final CommentMapper comments;
    private final UserDirectory users;

    CommentQueryService(CommentMapper comments, UserDirectory users) {
        this.comments = comments;
        this.users = users;
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

    @Override
    public Optional<ThreadComment> find(UUID commentId) {
        return comments.selectById(commentId)
                .filter(row -> row.deletedAt() == null)
                .map(row -> ThreadAssembler.toComment(row, ThreadAssembler.depthOf(row.path()), false,
                        users.summariesOf(List.of(row.authorId()))));
    }

    @Override
    public Page<CommentListing> latest(PageRequest request) {
        return listed(PagedQueries.counted(request, comments::selectLatest));
    }

    @Override
    public Page<CommentListing> byAuthor(UUID authorId, PageRequest request) {
        return listed(PagedQueries.counted(request, () -> comments.selectByAuthor(authorId)));
    }

    @Override
    public List<DailyCommentCount> perDay(LocalDate firstDay, LocalDate lastDay) {
        Map<LocalDate, Long> counted = comments.countPerDay(firstDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).stream()
                .collect(Collectors.toMap(DayCount::day, DayCount::comments));
        List<DailyCommentCount> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            days.add(new DailyCommentCount(day, counted.getOrDefault(day, 0L)));
        }
        return days;
    }

    private Page<CommentListing> listed(Page<CommentRow> rows) {
        Map<UUID, UserSummary> authors = authorsOf(rows.items());
        return rows.map(row -> new CommentListing(row.id(), row.postId(), row.authorId(),
                authorName(row, authors),
                row.content(), row.deletedAt() != null, row.createdAt()));
    }

    private static String authorName(CommentRow row, Map<UUID, UserSummary> authors) {
        if (row.deletedAt() != null) {
            return null;
        }
        UserSummary author = authors.get(row.authorId());
        return author == null ? ThreadAssembler.UNKNOWN_AUTHOR : author.name();
    }

    /** One batch lookup for every author on the page; placeholders show no author, so theirs are not asked for. */
    private Map<UUID, UserSummary> authorsOf(Collection<CommentRow> rows) {
        List<UUID> ids = rows.stream().filter(row -> row.deletedAt() == null).map(CommentRow::authorId).distinct().toList();
        return ids.isEmpty() ? Map.of() : users.summariesOf(ids);
    }
}
