package io.inkwell.db;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing. {@code totalItems} is exact where the listing counts (admin tables) and
 * {@code -1} where counting every row per request would cost more than the page itself.
 */
public record Page<T>(List<T> items, int number, int size, long totalItems, boolean hasNext) {

    public static final long UNCOUNTED = -1;

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), request.page(), request.size(), 0, false);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean isCounted() {
        return totalItems != UNCOUNTED;
    }

    public int totalPages() {
        if (!isCounted()) {
            return hasNext ? number + 1 : number;
        }
        return (int) Math.max(1, (totalItems + size - 1) / size);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), number, size, totalItems, hasNext);
    }
}
