package io.inkwell.db;

import com.github.pagehelper.PageHelper;
import com.github.pagehelper.PageInfo;
import java.util.List;
import java.util.function.Supplier;

/** Runs one flat mapper query as a counted page with PageHelper and returns our {@link Page}. */
public final class PagedQueries {

    private PagedQueries() {
    }

    /**
     * Pages {@code query}, which must run exactly one mapper statement: PageHelper rewrites the
     * first statement after {@code startPage} and nothing else.
     */
    public static <T> Page<T> counted(PageRequest request, Supplier<List<T>> query) {
        PageHelper.startPage(request.page(), request.size(), true);
        try {
            PageInfo<T> info = new PageInfo<>(query.get());
            long total = info.getTotal();
            boolean hasNext = (long) request.page() * request.size() < total;
            return new Page<>(info.getList(), request.page(), request.size(), total, hasNext);
        } finally {
            PageHelper.clearPage();
        }
    }

    /**
     * Pages {@code query} without a count: one extra row is read to tell whether a next page exists.
     * The query receives the limit and offset itself.
     */
    public static <T> Page<T> uncounted(PageRequest request, OffsetQuery<T> query) {
        List<T> rows = query.fetch(request.size() + 1, request.offset());
        boolean hasNext = rows.size() > request.size();
        List<T> items = hasNext ? rows.subList(0, request.size()) : rows;
        return new Page<>(items, request.page(), request.size(), Page.UNCOUNTED, hasNext);
    }

    @FunctionalInterface
    public interface OffsetQuery<T> {
        List<T> fetch(int limit, long offset);
    }
}
