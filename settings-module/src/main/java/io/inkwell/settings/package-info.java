/**
 * The settings context: the site's own settings (title, tagline, language, time zone, posts per page, whether
 * registration is open, logo, icon, footer text, and how the site takes comments: its
 * {@link io.inkwell.settings.CommentPolicy}, which the comments context reads from the same copy) and its navigation menus (the header menu and the footer
 * links), kept in one row and one small table.
 *
 * <p>Its API is split by who calls it: {@link io.inkwell.settings.SiteSettings} for every page, which reads a
 * copy held in memory (refreshed from the database every few seconds, and at once on this instance after a
 * save, then announced with {@link io.inkwell.settings.SiteSettingsLoaded}); and for the admin pages
 * {@link io.inkwell.settings.SettingsAdministration} and {@link io.inkwell.settings.Navigation}. Every write
 * asks the {@link io.inkwell.users.Actor} whether it may, and refuses with
 * {@link io.inkwell.users.NotAllowedException}.
 *
 * <p>A menu item names what it leads to by kind and id (a category, a page, a tag) or by address; which ids
 * exist, and where they lead, is for the web layer to resolve with the contexts that own them. This context
 * reads no other context's tables and calls no other context.
 */
@ApplicationModule(allowedDependencies = {"db", "db :: changes", "users"})
package io.inkwell.settings;

import org.springframework.modulith.ApplicationModule;
