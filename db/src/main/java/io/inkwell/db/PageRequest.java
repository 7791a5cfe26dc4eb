package io.inkwell.db;

/**
 * A page number (from 1) and size, clamped into range so that any query string yields a valid page.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deep enough for any real reader; beyond it offset paging would only serve crawlers. */
    public static final int MAX_PAGE = 10_000;

    public PageRequest {
        page = Math.max(1, Math.min(page, MAX_PAGE));
        size = Math.max(1, Math.min(size, MAX_SIZE));
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
