package io.inkwell.web.feeds;

import io.inkwell.posts.PostSitemaps;
import java.util.List;
import java.util.Optional;

/**
 * One kind of public address in the sitemap: posts, categories, authors, … A bean implementing this is found by
 * the sitemap index ({@code @Order} places it there) and gets files {@code /sitemaps/{name}-1.xml},
 * {@code -2.xml}, … of at most {@link #FILE_SIZE} addresses each. A file is a range of the source's own order:
 * the index names each file by the key its first address has ({@code from}, left out for the first file) and
 * the key the next file starts at ({@code to}, left out for the last), so a file is read in one statement
 * along an index, wherever it lies. A source that always fits in one file lists one start and ignores keys.
 */
public interface SitemapSource {

    /** The sitemaps protocol's limit of addresses per file. */
    int FILE_SIZE = PostSitemaps.MAX_FILE_SIZE;

    /** Names its files: lower-case letters only, unique among the sources. */
    String name();

    /**
     * The key each of its files starts at, in order, in one statement at most; empty when there is nothing to
     * list (then the index names no file of this source).
     */
    List<String> fileStarts();

    /**
     * The addresses from the key {@code from} (null: the beginning) up to before {@code to} (null: the end), at
     * most {@link #FILE_SIZE}; empty when a key is not one this source makes (the file is then a 404).
     */
    Optional<List<SitemapUrl>> urls(String from, String to);
}
