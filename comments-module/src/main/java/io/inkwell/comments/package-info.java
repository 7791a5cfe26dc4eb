/**
 * The comments context: threaded comments, the live-comment counter of each post, and its own record of
 * which posts take comments.
 *
 * <p>Its API is split by who calls it: {@link io.inkwell.comments.CommentThreads} for the readers of a post,
 * {@link io.inkwell.comments.CommentCounts} for the cards of listings,
 * {@link io.inkwell.comments.CommentAuthoring} for the edit and delete forms,
 * {@link io.inkwell.comments.CommentModeration} for the admin pages, and the writes
 * {@link io.inkwell.comments.CommentCommands}. Every write asks the {@link io.inkwell.users.Actor} whether it
 * may, and refuses with {@link io.inkwell.users.NotAllowedException}.
 *
 * <p>It knows posts by id only. It never reads the posts tables or calls the posts API: it learns that a
 * post was published, unpublished or deleted from the posts context's events (its only dependency on that
 * module, held by ModularityTests), handled synchronously after the post's transaction commits. Author names
 * come from the users API in one batch per page.
 */
@ApplicationModule(allowedDependencies = {"db", "users", "posts :: events"})
package io.inkwell.comments;

import org.springframework.modulith.ApplicationModule;
