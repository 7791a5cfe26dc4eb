package io.inkwell.posts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What search engines read in the sitemap: published posts (not those hidden from search engines), categories
 * and tags with published posts, and authors of published posts (the static pages' are {@link PageReading}'s). Each kind is cut into files of at most
 * {@link #MAX_FILE_SIZE} addresses by ranges of its own order: {@code …FileStarts} gives the key each file
 * starts at (the first key, then every 50,000th), and a file is the range from its start (inclusive) to the
 * next file's start (exclusive). Every method is one statement; none counts a whole table.
 */
public interface PostSitemaps {

    /** The sitemaps protocol's limit of addresses per file. */
    int MAX_FILE_SIZE = 50_000;

    /**
     * Where each file of posts starts in {@code (publishedAt, id)} order, oldest first: new posts join the last
     * file and the others keep their contents. Hidden posts count here, so a file may list fewer addresses.
     */
    List<PostCursor> postFileStarts();

    /** Published posts not hidden from search engines from {@code from} up to before {@code to}, oldest first. */
    List<SitemapEntry> posts(Optional<PostCursor> from, Optional<PostCursor> to);

    /** Where each file of categories starts, by slug. */
    List<String> categoryFileStarts();

    /** Categories with published posts from {@code from} up to before {@code to}, by slug. */
    List<SitemapEntry> categories(Optional<String> from, Optional<String> to);

    /** Where each file of tags starts, by slug. */
    List<String> tagFileStarts();

    /** Tags with published posts from {@code from} up to before {@code to}, by slug. */
    List<SitemapEntry> tags(Optional<String> from, Optional<String> to);

    /** Where each file of authors starts, by id. */
    List<UUID> authorFileStarts();

    /** Authors of published posts from {@code from} up to before {@code to}, by id. */
    List<AuthorSitemapEntry> authors(Optional<UUID> from, Optional<UUID> to);
}
