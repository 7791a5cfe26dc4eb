/**
 * The posts context: posts, categories and the links between them, the slugs a post ever had, and its
 * view counts (all-time, per day, per week); and the site's static pages, written like posts but answering at
 * {@code /{slug}}, outside listings and feeds.
 *
 * <p>Its API is split by who calls it: {@link io.inkwell.posts.PostReading} for the public pages,
 * {@link io.inkwell.posts.PostAuthoring} for an author's own posts and the edit form,
 * {@link io.inkwell.posts.PostAdministration} for the admin pages and the dashboard, and the writes
 * {@link io.inkwell.posts.PostCommands} and {@link io.inkwell.posts.Categories}; for pages
 * {@link io.inkwell.posts.PageReading}, {@link io.inkwell.posts.PageAdministration} and
 * {@link io.inkwell.posts.PageCommands}, which need the web layer's {@link io.inkwell.posts.ReservedPaths}. Every write asks the
 * {@link io.inkwell.users.Actor} whether it may, and refuses with {@link io.inkwell.users.NotAllowedException}.
 *
 * <p>What other modules may react to are its events, {@link io.inkwell.posts.PostPublished},
 * {@link io.inkwell.posts.PostUnpublished}, {@link io.inkwell.posts.PostDeleted} and
 * {@link io.inkwell.posts.PostImagesChanged} (the addresses of the images a post shows), {@link io.inkwell.posts.PostUpdated}
 * (a published post edited), {@link io.inkwell.posts.PostSubmitted} (a draft submitted for review) and {@link io.inkwell.posts.PagePublished} (the named interface {@code events}), published in the transaction of the change and stored with it by the event publication
 * registry.
 *
 * <p>It never reads another context's tables (authors are ids; their names come from the users API where a
 * page is put together), never calls the comments context and never waits for a listener of its events. Of the
 * settings context it reads the site's language ({@link io.inkwell.settings.SiteSettings}, from memory): the
 * language a new post or page is written in unless its author says otherwise, and the one a search is read in.
 */
@ApplicationModule(allowedDependencies = {"db", "users", "settings"})
package io.inkwell.posts;

import org.springframework.modulith.ApplicationModule;
