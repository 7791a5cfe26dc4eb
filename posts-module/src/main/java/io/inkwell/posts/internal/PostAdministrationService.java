package io.inkwell.posts.internal;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.db.StorableText;
import io.inkwell.posts.AdminPostFilter;
import io.inkwell.posts.PostAdministration;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostSummary;
import io.inkwell.posts.WeeklyCount;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PostAdministrationService implements PostAdministration {

    private final PostMapper posts;
    private final PostLinks links;
    private final Clock clock;

    PostAdministrationService(PostMapper posts, PostLinks links) {
        this.posts = posts;
        this.links = links;
        this.clock = Clock.systemUTC();
    }

    @Override
    public Page<PostSummary> adminPosts(AdminPostFilter filter, PageRequest request) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : StorableText.clean(filter.text()).strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        AdminPostFilter escaped = new AdminPostFilter(filter.status(), filter.authorId(), filter.categoryId(), text);
        return links.summaries(PagedQueries.counted(request, () -> posts.selectForAdmin(escaped)));
    }

    @Override
    public List<PostSummary> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, PostSummary> found = links.summaries(posts.selectByIds(List.copyOf(new HashSet<>(ids)))).stream()
                .collect(Collectors.toMap(PostSummary::id, Function.identity()));
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Map<PostStatus, Long> countByStatus() {
        Map<PostStatus, Long> counts = new EnumMap<>(PostStatus.class);
        for (PostStatus status : PostStatus.values()) {
            counts.put(status, 0L);
        }
        posts.countByStatus().forEach(row -> counts.put(row.status(), row.count()));
        return counts;
    }

    @Override
    public List<WeeklyCount> publishedPerWeek(int weeks) {
        int span = Math.max(1, Math.min(weeks, 104));
        LocalDate thisWeek = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(span - 1L);
        Map<LocalDate, Long> counts = posts.countPublishedPerWeek(first.atStartOfDay(ZoneOffset.UTC).toInstant()).stream()
                .collect(Collectors.toMap(WeekRow::weekStart, WeekRow::count));
        List<WeeklyCount> result = new ArrayList<>(span);
        for (LocalDate week = first; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
            result.add(new WeeklyCount(week, counts.getOrDefault(week, 0L)));
        }
        return result;
    }
}
