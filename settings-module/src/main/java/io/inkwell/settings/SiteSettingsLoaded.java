package io.inkwell.settings;

/**
 * The site's settings were read from the database and are what {@link SiteSettings#current()} returns from
 * now on. Published every few seconds and after each save on this instance, on the thread that read them
 * and outside any transaction, so that a listener (the web layer resolving the menus' links) keeps its own
 * copy in step. Not stored by the event publication registry: a missed one is followed by the next.
 */
public record SiteSettingsLoaded(Site site) {
}
