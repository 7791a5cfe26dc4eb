/**
 * The comments context: threaded comments and their moderation (held and spam comments, hidden and locked
 * threads, readers' reports, banned authors), the counter of comments readers see on each post, and its own
 * record of which posts take comments.
 *
 * <p>Its API is split by who calls it: {@link io.inkwell.comments.CommentThreads} for the readers of a post,
 * {@link io.inkwell.comments.CommentCounts} for the cards of listings,
 * {@link io.inkwell.comments.CommentAuthoring} for the edit and delete forms,
 * {@link io.inkwell.comments.CommentForms} for the token every comment form carries,
 * {@link io.inkwell.comments.CommentModeration} for the moderation queue and the dashboard, and the writes
 * {@link io.inkwell.comments.CommentCommands}. Every write asks the {@link io.inkwell.users.Actor} whether it
 * may, and refuses with {@link io.inkwell.users.NotAllowedException}. It publishes
 * {@link io.inkwell.comments.CommentPosted}, {@link io.inkwell.comments.CommentHeld} and
 * {@link io.inkwell.comments.CommentApproved} (named interface {@code events}) in the transaction of the change.
 *
 * <p>It knows posts by id only. It never reads the posts tables or calls the posts API: it learns that a
 * post was published, unpublished or deleted from the posts context's events (its only dependency on that
 * module, held by ModularityTests), handled synchronously after the post's transaction commits. Author names
 * come from the users API in one batch per page; the comment policy from the settings context's copy in memory.
 */
@ApplicationModule(allowedDependencies = {"db", "users", "settings", "posts :: events"})
package io.inkwell.comments;

import org.springframework.modulith.ApplicationModule;
