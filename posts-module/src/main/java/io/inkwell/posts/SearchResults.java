package io.inkwell.posts;

import io.inkwell.db.Refusal;
import java.util.List;

/**
 * One page of search hits. {@code total} is exact up to {@link #COUNT_CAP}; beyond it {@code capped}
 * says "more than", so a broad word never counts the whole table. {@code problem} says why a search was not run
 * (too long, too many words), or is null.
 */
public record SearchResults(String query, List<SearchHit> hits, int page, int size, long total, boolean capped,
                            boolean hasNext, Refusal problem) {

    public static final int MAX_QUERY_LENGTH = 200;
    /** Words and operators ({@code or}, {@code -word}) in one search: each is more work for every candidate. */
    public static final int MAX_TERMS = 8;
    /** Relevance is ranked among this many newest matches; the count stops there too. */
    public static final int COUNT_CAP = 400;

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults none(String query, int size, Refusal problem) {
        return new SearchResults(query, List.of(), 1, size, 0, false, false, problem);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
