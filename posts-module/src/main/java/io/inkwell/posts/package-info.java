/**
 * The posts context: posts, categories and the links between them, the slugs a post ever had, and its
 * view counts (all-time, per day, per week).
 *
 * <p>Its API is split by who calls it: {@link io.inkwell.posts.PostReading} for the public pages,
 * {@link io.inkwell.posts.PostAuthoring} for an author's own posts and the edit form,
 * {@link io.inkwell.posts.PostAdministration} for the admin pages and the dashboard, and the writes
 * {@link io.inkwell.posts.PostCommands} and {@link io.inkwell.posts.Categories}. Every write asks the
 * {@link io.inkwell.users.Actor} whether it may, and refuses with {@link io.inkwell.users.NotAllowedException}.
 *
 * <p>It never reads another context's tables (authors are ids; their names come from the users API where a
 * page is put together) and never calls the comments context.
 */
package io.inkwell.posts;
