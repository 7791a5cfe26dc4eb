package io.inkwell.posts.internal;

import io.inkwell.db.Refusal;
import io.inkwell.db.StorableText;
import io.inkwell.posts.SearchResults;

/**
 * What a reader typed into the search box, bounded before it reaches the database: the work of one search
 * grows with its terms (each OR-ed word is another pass of the index and of the snippet maker), so beyond
 * {@link SearchResults#MAX_TERMS} words and operators, or {@link SearchResults#MAX_QUERY_LENGTH} characters,
 * the search is not run and the reader is told why.
 *
 * @param text    the query as searched for: storable, control characters as spaces, stripped
 * @param problem why it is not searched for, or null
 */
record SearchTerms(String text, Refusal problem) {

    static SearchTerms of(String query) {
        String text = query == null ? "" : StorableText.clean(query).replaceAll("\\p{Cntrl}", " ").strip();
        if (text.length() > SearchResults.MAX_QUERY_LENGTH) {
            return new SearchTerms(text, Refusal.of("refused.search.tooLong", "Search terms can be at most {0} characters long.",
                    SearchResults.MAX_QUERY_LENGTH));
        }
        if (count(text) > SearchResults.MAX_TERMS) {
            return new SearchTerms(text, Refusal.of("refused.search.tooManyWords",
                    "Search for at most {0} words at a time (\"or\" and quoted phrases count word by word).",
                    SearchResults.MAX_TERMS));
        }
        return new SearchTerms(text, null);
    }

    /** True when there is nothing to search for, or the search is refused. */
    boolean isNotSearched() {
        return text.isEmpty() || problem != null;
    }

    /** Words and operators as websearch_to_tsquery reads them: quotes only group, every word counts. */
    static int count(String text) {
        int terms = 0;
        for (String token : text.split("[\\s\"]+")) {
            if (!token.isEmpty() && !token.equals("-")) {
                terms++;
            }
        }
        return terms;
    }
}
