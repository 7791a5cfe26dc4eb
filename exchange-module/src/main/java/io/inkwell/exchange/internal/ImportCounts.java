package io.inkwell.exchange.internal;

/** What one batch of an import did, added to its run's counts. */
record ImportCounts(int itemsDone, int postsImported, int pagesImported, int commentsImported, int accountsImported,
                    int categoriesImported, int alreadyImported, int skipped, int changed) {

    static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
