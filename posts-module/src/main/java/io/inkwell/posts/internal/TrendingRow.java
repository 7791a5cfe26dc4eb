package io.inkwell.posts.internal;

import java.util.UUID;

/** A listing row of "Trending this week"; its categories come from a second, batched statement. */
record TrendingRow(UUID postId, SummaryRow summary, long viewsThisWeek) {
}
