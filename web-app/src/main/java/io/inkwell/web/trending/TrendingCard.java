package io.inkwell.web.trending;

import io.inkwell.web.posts.PostCard;

/** A listing card of "Trending this week" with the views that ranked it. */
record TrendingCard(PostCard card, long viewsThisWeek) {
}
