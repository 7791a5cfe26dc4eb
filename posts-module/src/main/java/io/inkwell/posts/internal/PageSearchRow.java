package io.inkwell.posts.internal;

/** A page matching a search, with what its snippet is made of (as {@link SearchRow}). */
record PageSearchRow(String title, String slug, String contentStart, String language, String queryText) {

    String headline() {
        return SearchHeadlines.of(contentStart, SearchHitWords.of(queryText, Languages.of(language)),
                SearchHeadlines.PAGES);
    }
}
