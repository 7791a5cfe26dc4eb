package io.inkwell.comments.internal;

import io.inkwell.comments.CommentListItem;
import io.inkwell.comments.CommentModeration;
import io.inkwell.comments.DailyCommentCount;
import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.users.UserSummary;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CommentModerationService implements CommentModeration {

    private final CommentMapper comments;
    private final CommentAuthors authors;

    CommentModerationService(CommentMapper comments, CommentAuthors authors) {
        this.comments = comments;
        this.authors = authors;
    }

    @Override
    public Page<CommentListItem> latest(PageRequest request) {
        return listed(PagedQueries.counted(request, comments::selectLatest));
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

    private Page<CommentListItem> listed(Page<CommentRow> rows) {
        Map<UUID, UserSummary> authors = this.authors.of(rows.items());
        return rows.map(row -> new CommentListItem(row.id(), row.postId(), row.authorId(),
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
}
