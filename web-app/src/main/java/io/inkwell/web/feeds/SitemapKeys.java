package io.inkwell.web.feeds;

import java.util.Optional;
import java.util.function.Function;

/**
 * The two keys of a sitemap file as a source reads them: each absent (the beginning, the end) or one the
 * source made. A key that is there but not one of ours makes no range at all, so the file is a 404 and no
 * guess about what was meant.
 */
public record SitemapKeys<K>(Optional<K> from, Optional<K> to) {

    public static <K> Optional<SitemapKeys<K>> parse(String from, String to, Function<String, Optional<K>> key) {
        Optional<K> start = from == null ? Optional.empty() : key.apply(from);
        Optional<K> end = to == null ? Optional.empty() : key.apply(to);
        if ((from != null && start.isEmpty()) || (to != null && end.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new SitemapKeys<>(start, end));
    }
}
