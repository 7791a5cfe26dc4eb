package io.inkwell.settings;

import java.time.Duration;

/**
 * The site's settings and menus for every page, read from memory: the copy is read again from the database
 * every {@link #REFRESH_INTERVAL} (so another instance's save shows within it) and at once on this instance
 * after a save commits. Each read is announced with {@link SiteSettingsLoaded}.
 */
public interface SiteSettings {

    /** How often the copy is read again; a change on another instance shows within this time (and under 5 s). */
    Duration REFRESH_INTERVAL = Duration.ofSeconds(4);

    /** The copy in memory: no statement is run. */
    Site current();

    /** Reads the settings from the database now, as the refresh does, and returns them. */
    Site reload();
}
