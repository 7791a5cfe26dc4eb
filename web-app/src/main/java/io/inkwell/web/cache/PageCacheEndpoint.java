package io.inkwell.web.cache;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/pagecache} on the operations port: how much the page cache holds, and {@code DELETE} to
 * empty it, so that the next request of each page renders (the benchmark counts a rendering's statements so).
 */
@Endpoint(id = "pagecache")
class PageCacheEndpoint {

    /** What each of the two caches holds: pages and their bytes. */
    record Contents(int pages, long pageBytes, int searches, long searchBytes) {
    }

    private final PageCache pages;
    private final PageCache searches;

    PageCacheEndpoint(PageCache pages, PageCache searches) {
        this.pages = pages;
        this.searches = searches;
    }

    @ReadOperation
    public Contents contents() {
        return new Contents(pages.pageCount(), pages.byteCount(), searches.pageCount(), searches.byteCount());
    }

    @DeleteOperation
    public void empty() {
        pages.clear();
        searches.clear();
    }
}
