package io.inkwell.posts;

/** A published post of "Trending this week" and its views in the last 7 days (UTC, today included). */
public record TrendingPost(PostSummary post, long viewsThisWeek) {
}
