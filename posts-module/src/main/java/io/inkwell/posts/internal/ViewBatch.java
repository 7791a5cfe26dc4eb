package io.inkwell.posts.internal;

import java.util.List;

/**
 * One flush batch as two parallel arrays, so a statement takes the whole batch in two parameters
 * ({@code unnest}) and keeps one plan whatever the batch size. Ids travel as text: MyBatis' array
 * handler knows no uuid type, the statement casts them.
 */
record ViewBatch(String[] postIds, Long[] views) {

    static ViewBatch of(List<ViewCount> counts) {
        return new ViewBatch(counts.stream().map(count -> count.postId().toString()).toArray(String[]::new),
                counts.stream().map(ViewCount::views).toArray(Long[]::new));
    }
}
