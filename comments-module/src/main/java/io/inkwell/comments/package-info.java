/**
 * The comments context: threaded comments, the live-comment counter of each post, and the rate limit of
 * each author.
 *
 * <p>Its API is split by who calls it: {@link io.inkwell.comments.CommentThreads} for the readers of a post,
 * {@link io.inkwell.comments.CommentCounts} for the cards of listings,
 * {@link io.inkwell.comments.CommentModeration} for the admin pages, and the writes
 * {@link io.inkwell.comments.CommentCommands}. Every write asks the {@link io.inkwell.users.Actor} whether it
 * may, and refuses with {@link io.inkwell.users.NotAllowedException}.
 *
 * <p>It knows posts by id only and never reads the posts tables; author names come from the users API in one
 * batch per page.
 */
package io.inkwell.comments;
