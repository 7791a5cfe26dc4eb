/**
 * The exchange context: a site's content moving in and out. {@link io.inkwell.exchange.WordPressImport} reads a
 * WordPress export file (WXR) as a stream in the background and brings its authors, categories, tags, posts, pages
 * and comments in through the other contexts' APIs, a batch at a time, keeping their rules; the old site's
 * addresses then answer with a redirect ({@link io.inkwell.exchange.OldAddresses}).
 * {@link io.inkwell.exchange.SiteExport} writes the whole site as one zip of Markdown, JSON, media files and a WXR
 * file, a keyset batch at a time.
 *
 * <p>It owns only its own tables (the runs and their reports, which items became which, the old addresses) and never
 * reads another context's: accounts, posts and comments are ids it got from their APIs.
 */
@ApplicationModule(allowedDependencies = {"db", "users", "posts", "comments", "media", "settings"})
package io.inkwell.exchange;

import org.springframework.modulith.ApplicationModule;
